package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.processor.model.AnnotationNames;
import com.mastertrade.metrics.processor.model.MetricType;
import com.mastertrade.metrics.processor.model.SchemaModel;

/**
 * Exemplars are declared on only where the exposition formats carry them: a counter's total and a
 * histogram's buckets. A gauge, summary or info metric declared with them would silently expose
 * none.
 */
final class ExemplarsValidator implements SchemaValidator.Check {
  @Override
  public void check(SchemaModel schema, ValidationReport.Builder report) {
    schema
        .metrics()
        .filter(metric -> metric.written().exemplarsOn() && metric.type() != null)
        .filter(
            metric ->
                metric.type() != MetricType.COUNTER && metric.type() != MetricType.HISTOGRAM)
        .forEach(
            metric ->
                report.add(
                    Diagnostic.on(
                        metric.origin().element(),
                        AnnotationNames.METRIC,
                        "exemplars",
                        Message.EXEMPLARS_UNSUPPORTED,
                        Names.describe(metric),
                        metric.type().prometheusName())));
  }
}
