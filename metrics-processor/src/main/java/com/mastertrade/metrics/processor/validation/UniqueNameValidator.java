package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.processor.model.AnnotationNames;
import com.mastertrade.metrics.processor.model.SchemaModel;
import java.util.HashMap;
import java.util.Map;

/**
 * Metric names are unique across the whole schema, the label overflow counter's name included. The
 * comparison is on the name client_java registers (counters without {@code _total}), which is what
 * collides in a registry.
 */
final class UniqueNameValidator implements SchemaValidator.Check {
  @Override
  public void check(SchemaModel schema, ValidationReport.Builder report) {
    Map<String, String> owners = new HashMap<>();
    owners.put(schema.labelOverflowName(), "the schema's label overflow counter");
    schema
        .metrics()
        .filter(metric -> metric.written().metric())
        .forEach(
            metric -> {
              String owner = owners.putIfAbsent(metric.name(), Names.describe(metric));
              if (owner != null) {
                report.add(
                    Diagnostic.on(
                        metric.origin().element(),
                        AnnotationNames.METRIC,
                        "name",
                        Message.DUPLICATE_METRIC_NAME,
                        Names.local(schema, metric),
                        owner));
              }
            });
  }
}
