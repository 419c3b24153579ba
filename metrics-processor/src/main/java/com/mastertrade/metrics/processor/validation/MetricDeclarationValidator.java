package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.processor.model.MetricModel;
import com.mastertrade.metrics.processor.model.SchemaModel;
import com.mastertrade.metrics.processor.reading.AnnotationNames;
import javax.lang.model.element.ExecutableElement;

/** Every method is a metric: annotated, returning a recorder type, with help text. */
final class MetricDeclarationValidator implements SchemaValidator.Check {
  @Override
  public void check(SchemaModel schema, ValidationReport.Builder report) {
    schema.metrics().forEach(metric -> check(metric, report));
  }

  private static void check(MetricModel metric, ValidationReport.Builder report) {
    ExecutableElement method = (ExecutableElement) metric.origin().element();
    if (metric.origin().annotation() == null) {
      report.add(
          Diagnostic.on(method, Message.MISSING_METRIC_ANNOTATION, Names.describe(metric)));
      return;
    }
    if (metric.type() == null) {
      report.add(
          Diagnostic.on(
              method,
              Message.UNSUPPORTED_RETURN_TYPE,
              Names.describe(metric),
              method.getReturnType()));
    }
    if (metric.help().isBlank()) {
      report.add(
          Diagnostic.on(
              method,
              AnnotationNames.METRIC,
              "help",
              Message.EMPTY_HELP,
              Names.describe(metric)));
    }
  }
}
