package com.mastertrade.metrics.processor.promql;

import com.mastertrade.metrics.processor.declarations.ExpressionModel;
import com.mastertrade.metrics.processor.promql.syntax.PromqlSyntaxException;
import com.mastertrade.metrics.processor.promql.syntax.Reference;
import java.util.List;
import java.util.Optional;

/**
 * What resolving one template gave: the resolved expression, or why there is none (it is not
 * PromQL, or it refers to metrics the schema does not have) with what could still be resolved, so
 * that every error of the template is reported at once.
 *
 * @param metrics the references that name a metric of the schema
 * @param unknownMetrics the references that do not
 * @param metricNames the metric names written directly in selectors
 */
public record Resolution(
    ExpressionModel source,
    Optional<PromqlSyntaxException> syntaxError,
    List<MetricUse> metrics,
    List<Reference> unknownMetrics,
    List<String> metricNames,
    Optional<ResolvedExpression> resolved) {

  public Resolution {
    metrics = List.copyOf(metrics);
    unknownMetrics = List.copyOf(unknownMetrics);
    metricNames = List.copyOf(metricNames);
  }

  static Resolution of(ResolvedExpression resolved) {
    return new Resolution(
        resolved.source(),
        Optional.empty(),
        resolved.metrics(),
        List.of(),
        resolved.metricNames(),
        Optional.of(resolved));
  }

  static Resolution invalid(ExpressionModel source, PromqlSyntaxException error) {
    return new Resolution(
        source, Optional.of(error), List.of(), List.of(), List.of(), Optional.empty());
  }

  static Resolution unknown(
      ExpressionModel source, List<MetricUse> known, List<Reference> unknown, List<String> names) {
    return new Resolution(source, Optional.empty(), known, unknown, names, Optional.empty());
  }

  /** Names with a colon: by convention the series of recording rules. */
  public List<String> recordedNames() {
    return metricNames.stream().filter(n -> n.indexOf(':') >= 0).toList();
  }

  /** Metric names without a colon that start with {@code prefix}: schema metrics named directly. */
  public List<String> rawNames(String prefix) {
    return metricNames.stream().filter(n -> n.startsWith(prefix) && n.indexOf(':') < 0).toList();
  }
}
