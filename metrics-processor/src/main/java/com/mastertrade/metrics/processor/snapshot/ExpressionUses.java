package com.mastertrade.metrics.processor.snapshot;

import com.mastertrade.metrics.processor.model.MetricModel;
import com.mastertrade.metrics.processor.promql.MetricLookup;
import com.mastertrade.metrics.processor.promql.MetricReference;
import com.mastertrade.metrics.processor.promql.PromqlTemplate;
import com.mastertrade.metrics.processor.promql.RecordedSeries;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a declaration's PromQL reads: each metric it refers to with the labels it names (in the
 * reference's selector, or in a grouping clause when the metric has that label), and each recorded
 * series with, through its rule, the metrics it is computed from. Keyed by family name and sorted,
 * so that the snapshot is the same on every machine.
 */
final class ExpressionUses {
  private final MetricLookup lookup;
  private final RecordedSeries recorded;

  ExpressionUses(MetricLookup lookup, RecordedSeries recorded) {
    this.lookup = lookup;
    this.recorded = recorded;
  }

  /** Family (or recorded series) name to the labels named, for all of {@code templates}. */
  Map<String, Set<String>> of(List<String> templates) {
    Map<String, Set<String>> uses = new TreeMap<>();
    for (String template : templates) {
      collect(PromqlTemplate.parse(template), uses, new HashSet<>());
    }
    return uses;
  }

  private void collect(PromqlTemplate template, Map<String, Set<String>> uses, Set<String> seen) {
    List<String> grouping = template.groupingLabels();
    for (MetricReference reference : template.references()) {
      Optional<MetricModel> metric = lookup.metric(reference);
      if (metric.isEmpty()) {
        continue;
      }
      Set<String> labels = uses.computeIfAbsent(metric.get().name(), k -> new TreeSet<>());
      labels.addAll(reference.matcherLabels());
      Set<String> available = MetricLookup.labelsOf(metric.get(), reference.suffix());
      grouping.stream().filter(available::contains).forEach(labels::add);
    }
    for (String name : template.recordedNames()) {
      if (!recorded.names().contains(name)) {
        continue;
      }
      Set<String> labels = uses.computeIfAbsent(name, k -> new TreeSet<>());
      Set<String> available = recorded.labels(name);
      grouping.stream().filter(available::contains).forEach(labels::add);
      if (seen.add(name)) {
        recorded.expression(name).ifPresent(rule -> collect(rule, uses, seen));
      }
    }
  }
}
