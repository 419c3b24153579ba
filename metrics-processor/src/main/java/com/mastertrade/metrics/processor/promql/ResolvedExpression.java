package com.mastertrade.metrics.processor.promql;

import com.mastertrade.metrics.processor.declarations.ExpressionModel;
import com.mastertrade.metrics.processor.promql.syntax.Expr;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A template parsed once and resolved against the schema, shared by every validator and writer.
 *
 * @param ast the parsed, type-checked expression; columns are those of the template
 * @param promql the expression Prometheus reads: each reference replaced by its series name
 * @param metrics every {@code {Category.method}}, in the order written
 * @param metricNames every metric name written directly in a selector (recorded series, {@code up},
 *     or a schema metric that should have been a reference)
 * @param groupings the {@code by}, {@code without}, {@code on}, {@code ignoring} and {@code
 *     group_left/right} clauses, with the labels of the series each applies to
 * @param variables the Grafana variables used, by name without {@code $}
 * @param durationVariables those of them that stand where a duration does
 * @param resultLabels the labels the result series can carry
 */
public record ResolvedExpression(
    ExpressionModel source,
    Expr ast,
    String promql,
    List<MetricUse> metrics,
    List<String> metricNames,
    List<GroupingUse> groupings,
    Set<String> variables,
    Set<String> durationVariables,
    LabelSet resultLabels) {

  public ResolvedExpression {
    metrics = List.copyOf(metrics);
    metricNames = List.copyOf(metricNames);
    groupings = List.copyOf(groupings);
    variables = Collections.unmodifiableSortedSet(new TreeSet<>(variables));
    durationVariables = Collections.unmodifiableSortedSet(new TreeSet<>(durationVariables));
  }

  /** The labels of all its grouping and matching clauses, in the order written. */
  public List<String> groupingLabels() {
    return groupings.stream().flatMap(g -> g.labels().stream()).toList();
  }

  /** Names with a colon: by convention the series of recording rules. */
  public List<String> recordedNames() {
    return metricNames.stream().filter(n -> n.indexOf(':') >= 0).toList();
  }
}
