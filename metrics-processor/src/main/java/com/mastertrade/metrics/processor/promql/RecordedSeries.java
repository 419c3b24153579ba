package com.mastertrade.metrics.processor.promql;

import com.mastertrade.metrics.processor.declarations.AlertGroupModel;
import com.mastertrade.metrics.processor.declarations.AlertGroupModel.RecordModel;
import com.mastertrade.metrics.processor.declarations.DeclarationsModel;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The series the declared recording rules produce, so that alerts and panels may use them by name
 * ({@code job:mastertrade_http_requests:rate5m}) and still be checked.
 */
public final class RecordedSeries {
  private final Map<String, PromqlTemplate> records = new TreeMap<>();
  private final MetricLookup lookup;

  public RecordedSeries(DeclarationsModel declarations, MetricLookup lookup) {
    this.lookup = lookup;
    for (AlertGroupModel group : declarations.alertGroups()) {
      for (RecordModel record : group.records()) {
        records.put(record.record(), PromqlTemplate.parse(record.expr().template()));
      }
    }
  }

  public Set<String> names() {
    return records.keySet();
  }

  /** The expression a recorded series is computed from, if it is declared. */
  public Optional<PromqlTemplate> expression(String name) {
    return Optional.ofNullable(records.get(name));
  }

  /**
   * The labels a recorded series keeps: those its aggregation groups by, or, without grouping,
   * those of the metrics it is computed from.
   */
  public Set<String> labels(String name) {
    PromqlTemplate template = records.get(name);
    Set<String> labels = new TreeSet<>(template.groupingLabels());
    if (labels.isEmpty()) {
      for (MetricReference reference : template.references()) {
        lookup
            .metric(reference)
            .ifPresent(m -> labels.addAll(MetricLookup.labelsOf(m, reference.suffix())));
      }
    }
    return labels;
  }
}
