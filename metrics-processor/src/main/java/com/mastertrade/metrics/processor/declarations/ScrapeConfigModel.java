package com.mastertrade.metrics.processor.declarations;

import com.mastertrade.metrics.processor.model.Origin;
import java.util.List;

/** The scrape configuration declared with {@code @ScrapeConfig}. */
public record ScrapeConfigModel(
    String scrapeInterval, String evaluationInterval, List<TargetModel> targets, Origin origin) {

  public ScrapeConfigModel {
    targets = List.copyOf(targets);
  }

  /** One scraped service. */
  public record TargetModel(String job, String host, int port, Origin origin) {}
}
