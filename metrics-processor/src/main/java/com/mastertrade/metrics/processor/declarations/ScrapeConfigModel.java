package com.mastertrade.metrics.processor.declarations;

import com.mastertrade.metrics.processor.model.Origin;
import java.util.List;

/** The scrape configuration declared with {@code @ScrapeConfig}. */
public record ScrapeConfigModel(
    String scrapeInterval, String evaluationInterval, List<TargetModel> targets, Origin origin) {

  /** The scheme Prometheus uses unless a target says otherwise, left out of the files. */
  public static final String DEFAULT_SCHEME = "http";

  public ScrapeConfigModel {
    targets = List.copyOf(targets);
  }

  /** One scraped service. */
  public record TargetModel(
      String job, String host, int port, String path, String scheme, Origin origin) {}
}
