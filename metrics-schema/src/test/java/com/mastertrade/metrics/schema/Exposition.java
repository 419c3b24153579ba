package com.mastertrade.metrics.schema;

import io.prometheus.metrics.expositionformats.OpenMetricsTextFormatWriter;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The Prometheus text exposition of a registry, as a scrape would see it. */
public final class Exposition {
  private Exposition() {}

  public static String scrape(PrometheusRegistry registry) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PrometheusTextFormatWriter.create().write(out, registry.scrape());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** The OpenMetrics exposition, which also carries {@code # UNIT} lines. */
  public static String scrapeOpenMetrics(PrometheusRegistry registry) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      OpenMetricsTextFormatWriter.create().write(out, registry.scrape());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  public static List<String> lines(PrometheusRegistry registry) {
    return scrape(registry).lines().toList();
  }

  /**
   * The value of the sample {@code series} (name and labels exactly as exposed, labels sorted by
   * name), failing if there is no such sample.
   */
  public static double value(PrometheusRegistry registry, String series) {
    String prefix = series + " ";
    return lines(registry).stream()
        .filter(line -> line.startsWith(prefix))
        .map(line -> Double.parseDouble(line.substring(prefix.length()).split(" ")[0]))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no sample " + series + " in\n" + scrape(registry)));
  }

  /** The samples whose name is {@code name}, any labels. */
  public static List<String> samples(PrometheusRegistry registry, String name) {
    return lines(registry).stream()
        .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
        .toList();
  }
}
