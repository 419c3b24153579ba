package com.mastertrade.metrics.processor.alerts;

import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.snapshots.ClassicHistogramBuckets;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Series as client_java's own Prometheus text format writes them, so that the SLO scenario tests
 * feed promtool the spelling a scrape of a service stores (its {@code _total}, its {@code le="1.0"}
 * or {@code le="5.0E-4"}), not the processor's idea of it. Each series is the exposition line
 * without its value, with the target's {@code job} and {@code instance} added as a scrape adds them.
 */
final class ExpositionSeries {
  private ExpositionSeries() {}

  /** The series of counter {@code name} with {@code label} set to {@code value}. */
  static String counter(String name, String label, String value, String job, String instance) {
    CounterSnapshot snapshot =
        CounterSnapshot.builder()
            .name(name)
            .dataPoint(
                CounterSnapshot.CounterDataPointSnapshot.builder()
                    .value(1)
                    .labels(Labels.of(label, value))
                    .build())
            .build();
    return series(snapshot, job, instance).get(0);
  }

  /**
   * The {@code _bucket} series of histogram {@code name} with the bounds {@code bounds}, in their
   * order and then {@code +Inf}, and last its {@code _count}.
   */
  static List<String> histogram(String name, List<Double> bounds, String job, String instance) {
    double[] upper = new double[bounds.size() + 1];
    long[] counts = new long[upper.length];
    for (int i = 0; i < bounds.size(); i++) {
      upper[i] = bounds.get(i);
      counts[i] = 1;
    }
    upper[bounds.size()] = Double.POSITIVE_INFINITY;
    counts[bounds.size()] = 1;
    HistogramSnapshot snapshot =
        HistogramSnapshot.builder()
            .name(name)
            .dataPoint(
                HistogramSnapshot.HistogramDataPointSnapshot.builder()
                    .classicHistogramBuckets(ClassicHistogramBuckets.of(upper, counts))
                    .sum(1)
                    .build())
            .build();
    List<String> all = series(snapshot, job, instance);
    List<String> wanted = new ArrayList<>();
    all.stream().filter(s -> s.startsWith(name + "_bucket{")).forEach(wanted::add);
    all.stream().filter(s -> s.startsWith(name + "_count{")).forEach(wanted::add);
    return wanted;
  }

  /**
   * The series of histogram {@code name}'s native histogram: what the text format writes as its
   * {@code _count}, under the metric's own name, as Prometheus stores it from the protobuf format.
   */
  static String nativeHistogram(String name, String job, String instance) {
    String count = histogram(name, List.of(), job, instance).get(1);
    return name + count.substring((name + "_count").length());
  }

  private static List<String> series(MetricSnapshot snapshot, String job, String instance) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PrometheusTextFormatWriter.create().write(out, MetricSnapshots.of(snapshot));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String target = "job=\"" + job + "\", instance=\"" + instance + "\"";
    List<String> series = new ArrayList<>();
    for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String withoutValue = line.substring(0, line.lastIndexOf(' '));
      int brace = withoutValue.indexOf('{');
      series.add(
          brace < 0
              ? withoutValue + "{" + target + "}"
              : withoutValue.substring(0, brace + 1)
                  + target
                  + ", "
                  + withoutValue.substring(brace + 1));
    }
    return series;
  }
}
