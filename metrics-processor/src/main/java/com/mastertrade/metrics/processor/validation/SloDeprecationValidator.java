package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.processor.declarations.DeclarationsModel;
import com.mastertrade.metrics.processor.declarations.SloModel;
import com.mastertrade.metrics.processor.model.CategoryModel;
import com.mastertrade.metrics.processor.model.Deprecation;
import com.mastertrade.metrics.processor.model.LabelModel;
import com.mastertrade.metrics.processor.model.LabelValueModel;
import com.mastertrade.metrics.processor.model.MetricModel;
import com.mastertrade.metrics.processor.model.SchemaModel;
import java.util.HashSet;
import java.util.Set;

/**
 * An SLO over a deprecated metric, or whose bad events are a deprecated constant, is a warning on
 * it, as a panel or an alert that reads one is: its SLI goes empty when they are removed.
 */
final class SloDeprecationValidator implements DeclarationValidator.Check {
  @Override
  public void check(
      SchemaModel schema, DeclarationsModel declarations, ValidationReport.Builder report) {
    for (SloModel slo : declarations.slos()) {
      String attribute = slo.kind().metricAttribute();
      for (CategoryModel category : schema.categories()) {
        for (MetricModel metric : category.metrics()) {
          if (!(category.simpleName() + "." + metric.methodName()).equals(slo.metric())) {
            continue;
          }
          metric
              .deprecation()
              .ifPresent(d -> report.add(warning(slo, attribute, "{" + slo.metric() + "}", d)));
          Set<String> warned = new HashSet<>();
          for (LabelModel label : metric.labels()) {
            if (!label.javaType().equals(slo.badType())) {
              continue;
            }
            for (LabelValueModel value : label.constants()) {
              if (slo.bad().contains(value.constant())
                  && value.deprecation().isPresent()
                  && warned.add(value.constant())) {
                report.add(
                    warning(
                        slo,
                        "bad",
                        "label value " + value.value() + " of {" + slo.metric() + "}",
                        value.deprecation().get()));
              }
            }
          }
        }
      }
    }
  }

  private static Diagnostic warning(
      SloModel slo, String attribute, String used, Deprecation deprecation) {
    String instead =
        deprecation.replacement().isEmpty()
            ? "stop using it"
            : "use " + deprecation.replacement() + " instead";
    return Diagnostic.at(
        slo.origin(),
        attribute,
        Message.DEPRECATED_USE,
        "SLO " + slo.name(),
        used,
        deprecation.since(),
        deprecation.reason(),
        instead);
  }
}
