package com.mastertrade.metrics.processor.snapshot;

import com.mastertrade.metrics.processor.promql.MetricUse;
import com.mastertrade.metrics.processor.promql.ResolvedDeclarations;
import com.mastertrade.metrics.processor.promql.ResolvedExpression;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a declaration's PromQL reads, from its resolved expressions: each metric it refers to with
 * the labels it names (in the reference's selector, or in a grouping clause when the metric has
 * that label), and each recorded series with, through its rule, the metrics it is computed from.
 * Keyed by family name and sorted, so that the snapshot is the same on every machine.
 */
final class ExpressionUses {
  private final ResolvedDeclarations resolved;

  ExpressionUses(ResolvedDeclarations resolved) {
    this.resolved = resolved;
  }

  /** Family (or recorded series) name to the labels named, for all of {@code expressions}. */
  Map<String, Set<String>> of(List<ResolvedExpression> expressions) {
    Map<String, Set<String>> uses = new TreeMap<>();
    for (ResolvedExpression expression : expressions) {
      collect(expression, uses, new HashSet<>());
    }
    return uses;
  }

  private void collect(
      ResolvedExpression expression, Map<String, Set<String>> uses, Set<String> seen) {
    List<String> grouping =
        expression.groupings().stream().flatMap(g -> g.labels().stream()).distinct().toList();
    for (MetricUse use : expression.metrics()) {
      Set<String> labels = uses.computeIfAbsent(use.metric().name(), k -> new TreeSet<>());
      labels.addAll(use.matcherLabels());
      Set<String> available = use.labels();
      grouping.stream().filter(available::contains).forEach(labels::add);
    }
    for (String name : expression.recordedNames()) {
      resolved
          .record(name)
          .ifPresent(
              rule -> {
                Set<String> labels = uses.computeIfAbsent(name, k -> new TreeSet<>());
                grouping.stream().filter(rule.resultLabels()::mayHave).forEach(labels::add);
                if (seen.add(name)) {
                  collect(rule, uses, seen);
                }
              });
    }
  }
}
