package com.mastertrade.metrics.evolution.live;

import com.mastertrade.metrics.evolution.snapshot.MetricSnapshot;
import com.mastertrade.metrics.evolution.snapshot.SchemaSnapshot;
import java.util.HashMap;
import java.util.Map;

/**
 * The family names and types a schema's metrics have in one exposition format: client_java names a
 * counter {@code x_total} in the text format and {@code x} in OpenMetrics, and writes an info
 * metric {@code x_info} as a gauge in the text format and as info {@code x} in OpenMetrics.
 */
final class ExpectedFamilies {
  private final ExpositionFormat format;
  private final Map<String, MetricSnapshot> byFamily = new HashMap<>();
  private final String overflowFamily;

  ExpectedFamilies(SchemaSnapshot schema, ExpositionFormat format) {
    this.format = format;
    for (MetricSnapshot metric : schema.metrics()) {
      byFamily.put(familyName(metric), metric);
    }
    overflowFamily =
        format == ExpositionFormat.OPENMETRICS
            ? schema.labelOverflowMetric()
            : schema.labelOverflowMetric() + "_total";
  }

  MetricSnapshot metric(String family) {
    return byFamily.get(family);
  }

  boolean isOverflowCounter(String family) {
    return family.equals(overflowFamily);
  }

  String familyName(MetricSnapshot metric) {
    if (format == ExpositionFormat.PROMETHEUS_TEXT) {
      return metric.exposedName();
    }
    if (metric.type().equals("info") && metric.name().endsWith("_info")) {
      return metric.name().substring(0, metric.name().length() - "_info".length());
    }
    return metric.name();
  }

  String type(MetricSnapshot metric) {
    return format == ExpositionFormat.PROMETHEUS_TEXT && metric.type().equals("info")
        ? "gauge"
        : metric.type();
  }
}
