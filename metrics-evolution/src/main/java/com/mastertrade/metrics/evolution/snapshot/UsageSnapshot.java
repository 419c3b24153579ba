package com.mastertrade.metrics.evolution.snapshot;

import java.util.List;

/**
 * A panel, recording rule, alert, SLO or query: its PromQL and what it uses.
 *
 * @param name the panel title, the recorded series, the alert's, SLO's or query's name
 * @param expressions the PromQL as rendered into the artifacts
 * @param uses the metrics (and recorded series) it reads, with the labels it names, sorted by
 *     metric; metrics read through a recording rule are included
 */
public record UsageSnapshot(String name, List<String> expressions, List<MetricUseSnapshot> uses) {
  public UsageSnapshot {
    expressions = List.copyOf(expressions);
    uses = List.copyOf(uses);
  }

  public boolean usesMetric(String metric) {
    return uses.stream().anyMatch(u -> u.metric().equals(metric));
  }

  public boolean usesLabel(String metric, String label) {
    return uses.stream().anyMatch(u -> u.metric().equals(metric) && u.labels().contains(label));
  }
}
