package com.mastertrade.metrics.processor.dashboards;

import com.mastertrade.metrics.processor.declarations.ExpressionModel;
import com.mastertrade.metrics.processor.promql.MetricUse;
import com.mastertrade.metrics.processor.promql.ResolvedDeclarations;
import java.util.List;
import java.util.Optional;

/**
 * Whether a panel query shows exemplars: a latency query (a {@code histogram_quantile} of a
 * schema histogram) asks Prometheus for them exactly when its histogram carries them, so a slow
 * point on the panel leads to a trace; a latency query of a histogram declared without exemplars
 * says so, and other queries leave Grafana's default.
 */
final class LatencyExemplars {
  private static final String QUANTILE = "histogram_quantile";

  private final ResolvedDeclarations resolved;

  LatencyExemplars(ResolvedDeclarations resolved) {
    this.resolved = resolved;
  }

  /** The target's {@code exemplar} flag, or empty for a query that reads no latency. */
  Optional<Boolean> of(ExpressionModel expr) {
    List<MetricUse> latency =
        resolved.of(expr).metrics().stream()
            .filter(use -> use.enclosingFunctions().contains(QUANTILE))
            .toList();
    if (latency.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(latency.stream().anyMatch(use -> use.metric().exemplars()));
  }
}
