package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.conventions.NamingRules;
import com.mastertrade.metrics.processor.model.AnnotationNames;
import com.mastertrade.metrics.processor.model.LabelModel;
import com.mastertrade.metrics.processor.model.MetricModel;
import com.mastertrade.metrics.processor.model.SchemaModel;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Label names, label types and the bounds of open labels; enum values are checked apart. */
final class LabelValidator implements SchemaValidator.Check {

  /** Label names Prometheus gives a meaning of its own, and which one. */
  private static final Map<String, String> RESERVED =
      Map.of(
          "le", "histogram bucket bound",
          "quantile", "summary quantile",
          "job", "set by Prometheus from the scrape config",
          "instance", "set by Prometheus from the scrape target");

  @Override
  public void check(SchemaModel schema, ValidationReport.Builder report) {
    schema
        .metrics()
        .filter(metric -> metric.written().metric())
        .forEach(metric -> check(metric, report));
  }

  private static void check(MetricModel metric, ValidationReport.Builder report) {
    Set<String> seen = new HashSet<>();
    for (LabelModel label : metric.labels()) {
      checkName(label, report);
      if (!seen.add(label.name())) {
        report.add(
            atName(label, Message.DUPLICATE_LABEL_NAME, label.name(), Names.describe(metric)));
      }
      checkDomain(label, report);
    }
  }

  private static void checkName(LabelModel label, ValidationReport.Builder report) {
    String name = label.name();
    if (!NamingRules.isLabelName(name)) {
      report.add(atName(label, Message.INVALID_LABEL_NAME, name, Names.sanitize(name)));
    } else if (RESERVED.containsKey(name)) {
      report.add(
          atName(label, Message.RESERVED_LABEL_NAME, name, RESERVED.get(name), name + "_value"));
    }
  }

  private static void checkDomain(LabelModel label, ValidationReport.Builder report) {
    String parameter = label.parameterName();
    switch (label.kind()) {
      case UNSUPPORTED ->
          report.add(
              Diagnostic.on(
                  label.origin().element(),
                  Message.UNSUPPORTED_LABEL_TYPE,
                  parameter,
                  label.javaType()));
      case OPEN -> {
        if (!label.bounded()) {
          report.add(
              Diagnostic.on(label.origin().element(), Message.UNBOUNDED_OPEN_LABEL, parameter));
        } else if (label.maxValues() < 1) {
          report.add(atMaxValues(label, Message.INVALID_MAX_VALUES, label.maxValues(), parameter));
        }
      }
      case ENUM, BOOLEAN -> {
        if (label.bounded()) {
          report.add(
              atMaxValues(label, Message.MAX_VALUES_ON_CLOSED_LABEL, parameter, label.javaType()));
        }
      }
    }
  }

  private static Diagnostic atName(LabelModel label, Message message, Object... args) {
    return Diagnostic.on(label.origin().element(), AnnotationNames.LABEL, "value", message, args);
  }

  private static Diagnostic atMaxValues(LabelModel label, Message message, Object... args) {
    return Diagnostic.on(
        label.origin().element(), AnnotationNames.MAX_VALUES, "value", message, args);
  }
}
