package com.mastertrade.metrics.evolution.snapshot;

import java.util.List;

/**
 * A metric family (or recorded series) one declaration reads.
 *
 * @param metric the family name, as {@link MetricSnapshot#name()}, or a recording rule's series
 * @param labels the labels of it the declaration names (selectors, grouping), sorted
 */
public record MetricUseSnapshot(String metric, List<String> labels) {
  public MetricUseSnapshot {
    labels = List.copyOf(labels);
  }
}
