package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.processor.model.AnnotationNames;
import com.mastertrade.metrics.processor.model.CategoryModel;
import com.mastertrade.metrics.processor.model.MetricModel;
import com.mastertrade.metrics.processor.model.Origin;
import com.mastertrade.metrics.processor.model.SchemaModel;
import javax.lang.model.element.ExecutableElement;

/** Every method is a metric: annotated, returning a recorder type, with help text. */
final class MetricDeclarationValidator implements SchemaValidator.Check {
  @Override
  public void check(SchemaModel schema, ValidationReport.Builder report) {
    schema.metrics().forEach(metric -> check(metric, report));
    schema.categories().forEach(category -> checkConcreteMethods(category, report));
  }

  /**
   * Default and static methods are helpers, not metrics: the model leaves them out, so a
   * {@code @Metric} on one would be dropped without a word.
   */
  private static void checkConcreteMethods(
      CategoryModel category, ValidationReport.Builder report) {
    for (Origin method : category.concreteMetrics()) {
      report.add(
          Diagnostic.at(
              method,
              null,
              Message.METRIC_ON_CONCRETE_METHOD,
              category.simpleName() + "." + method.element().getSimpleName() + "()"));
    }
  }

  private static void check(MetricModel metric, ValidationReport.Builder report) {
    ExecutableElement method = (ExecutableElement) metric.origin().element();
    if (!metric.written().metric()) {
      report.add(Diagnostic.on(method, Message.MISSING_METRIC_ANNOTATION, Names.describe(metric)));
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
              method, AnnotationNames.METRIC, "help", Message.EMPTY_HELP, Names.describe(metric)));
    }
  }
}
