package com.mastertrade.metrics.evolution.compare;

/**
 * What a change touches, on each side, for finding its impact: a metric (or recorded series) and,
 * for a label-level change, one of its labels. A side's metric is {@code null} where the element
 * does not exist on that side.
 */
record ImpactScope(
    String baselineMetric, String baselineLabel, String currentMetric, String currentLabel) {

  static final ImpactScope NONE = new ImpactScope(null, null, null, null);

  static ImpactScope metric(String baselineMetric, String currentMetric) {
    return new ImpactScope(baselineMetric, null, currentMetric, null);
  }

  static ImpactScope label(
      String baselineMetric, String baselineLabel, String currentMetric, String currentLabel) {
    return new ImpactScope(baselineMetric, baselineLabel, currentMetric, currentLabel);
  }
}
