package com.mastertrade.metrics.processor.docs;

import com.mastertrade.metrics.processor.model.MetricModel;
import java.util.ArrayList;
import java.util.List;

/**
 * PromQL examples that are right for a metric's type: rates of counters, values of gauges,
 * quantiles from histogram buckets and from native histograms, quantile series of summaries, info
 * metrics as they are.
 */
final class TypeExamples {
  /** One example: what it shows, and the query. */
  record Example(String title, String promql) {}

  private TypeExamples() {}

  static List<Example> of(MetricModel metric) {
    String name = metric.name();
    return switch (metric.type()) {
      case COUNTER ->
          List.of(
              new Example(
                  "Per-second rate over 5 minutes, per service",
                  "sum by (job) (rate(" + name + "_total[5m]))"),
              new Example("Increase over the last hour", "sum(increase(" + name + "_total[1h]))"));
      case GAUGE ->
          List.of(
              new Example("Current value, per service", "max by (job) (" + name + ")"),
              new Example(
                  "Highest value over the last hour", "max(max_over_time(" + name + "[1h]))"));
      case HISTOGRAM -> histogram(metric);
      case SUMMARY ->
          List.of(
              new Example(
                  "Highest declared quantile, per service",
                  "max by (job) (" + name + "{quantile=\"" + highestQuantile(metric) + "\"})"),
              new Example(
                  "Average over 5 minutes",
                  "sum(rate(" + name + "_sum[5m])) / sum(rate(" + name + "_count[5m]))"));
      case INFO -> List.of(new Example("The current values", name));
    };
  }

  /** From the classic buckets where they are kept, then from the native histogram if any. */
  private static List<Example> histogram(MetricModel metric) {
    String name = metric.name();
    List<Example> examples = new ArrayList<>();
    if (metric.classicBuckets()) {
      examples.add(
          new Example(
              "95th percentile over 5 minutes",
              "histogram_quantile(0.95, sum by (le) (rate(" + name + "_bucket[5m])))"));
      examples.add(
          new Example(
              "Average over 5 minutes",
              "sum(rate(" + name + "_sum[5m])) / sum(rate(" + name + "_count[5m]))"));
      examples.add(new Example("Observations per second", "sum(rate(" + name + "_count[5m]))"));
    }
    if (metric.nativeHistogram()) {
      String rate = "sum(rate(" + name + "[5m]))";
      examples.add(
          new Example(
              "95th percentile over 5 minutes, from the native histogram",
              "histogram_quantile(0.95, " + rate + ")"));
      examples.add(
          new Example(
              "Average over 5 minutes, from the native histogram",
              "histogram_sum(" + rate + ") / histogram_count(" + rate + ")"));
      if (!metric.classicBuckets()) {
        examples.add(
            new Example(
                "Observations per second, from the native histogram",
                "histogram_count(" + rate + ")"));
      }
    }
    return List.copyOf(examples);
  }

  private static String highestQuantile(MetricModel metric) {
    double q = metric.quantiles().get(metric.quantiles().size() - 1);
    return String.valueOf(q);
  }
}
