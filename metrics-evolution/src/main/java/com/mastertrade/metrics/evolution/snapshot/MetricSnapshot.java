package com.mastertrade.metrics.evolution.snapshot;

import java.util.List;
import java.util.Optional;

/**
 * One metric of a schema snapshot.
 *
 * @param key the metric's Java identity, {@code Category.method}: it survives a change of name
 * @param name the family name, without {@code _total} for counters
 * @param exposedName the name on the {@code # TYPE} line of the Prometheus text format
 * @param type {@code counter}, {@code gauge}, {@code histogram}, {@code summary} or {@code info}
 * @param unit the unit, empty if none
 * @param buckets classic histogram upper bounds, empty unless a histogram
 * @param exemplars whether its recorders attach the active span's trace and span id as exemplars;
 *     {@code null} in a snapshot written before snapshots recorded it
 * @param quantiles summary quantiles, empty unless a summary
 * @param worstCaseSeries the series this metric can expose at worst
 * @param formerly names this metric had before, newest first: a declared rename
 * @param deprecation why and since when the metric is deprecated, or {@code null}
 */
public record MetricSnapshot(
    String key,
    String name,
    String exposedName,
    String type,
    String unit,
    String help,
    List<LabelSnapshot> labels,
    List<Double> buckets,
    boolean nativeHistogram,
    Boolean exemplars,
    List<Double> quantiles,
    long worstCaseSeries,
    List<String> formerly,
    DeprecationSnapshot deprecation) {

  public MetricSnapshot {
    labels = List.copyOf(labels);
    buckets = List.copyOf(buckets);
    quantiles = List.copyOf(quantiles);
    formerly = List.copyOf(formerly);
  }

  public Optional<LabelSnapshot> label(String labelName) {
    return labels.stream().filter(l -> l.name().equals(labelName)).findFirst();
  }

  public boolean deprecated() {
    return deprecation != null;
  }
}
