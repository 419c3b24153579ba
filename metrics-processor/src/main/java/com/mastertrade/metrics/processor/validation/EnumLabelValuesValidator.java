package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.processor.model.AnnotationNames;
import com.mastertrade.metrics.processor.model.LabelKind;
import com.mastertrade.metrics.processor.model.LabelModel;
import com.mastertrade.metrics.processor.model.SchemaModel;
import com.mastertrade.metrics.processor.model.TextRules;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.type.DeclaredType;

/**
 * The values of enum labels: at least one, none empty, none twice. A wrong value of an enum
 * declared in the schema is reported once, on its constant, where it is fixed; an enum declared
 * elsewhere may have no source to point at, so it is reported on each label of that type.
 */
final class EnumLabelValuesValidator implements SchemaValidator.Check {
  @Override
  public void check(SchemaModel schema, ValidationReport.Builder report) {
    Set<String> reportedEnums = new HashSet<>();
    schema
        .metrics()
        .filter(metric -> metric.written().metric())
        .flatMap(metric -> metric.labels().stream())
        .filter(label -> label.kind() == LabelKind.ENUM)
        .forEach(label -> check(schema, label, reportedEnums, report));
  }

  private static void check(
      SchemaModel schema,
      LabelModel label,
      Set<String> reportedEnums,
      ValidationReport.Builder report) {
    Element parameter = label.origin().element();
    if (label.values().isEmpty()) {
      report.add(
          Diagnostic.on(
              parameter, Message.EMPTY_ENUM_LABEL, label.javaType(), label.parameterName()));
      return;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < label.values().size(); i++) {
      String value = label.values().get(i);
      boolean oneLine = TextRules.isOneLine(value);
      if (value.isEmpty() || !oneLine || !seen.add(value)) {
        String problem =
            value.isEmpty()
                ? "as empty"
                : !oneLine
                    ? "with a line break or control character, which the docs' tables and"
                        + " Grafana's variables cannot hold,"
                    : "twice";
        Object[] args = {label.javaType(), label.parameterName(), Names.visible(value), problem};
        Optional<Element> constant = constantInSchema(schema, parameter, i);
        if (constant.isEmpty()) {
          report.add(Diagnostic.on(parameter, Message.INVALID_LABEL_VALUE, args));
        } else if (reportedEnums.add(label.javaType())) {
          report.add(
              Diagnostic.on(
                  constant.get(),
                  AnnotationNames.LABEL_VALUE,
                  "value",
                  Message.INVALID_LABEL_VALUE,
                  args));
        }
        return;
      }
    }
  }

  /** The constant {@code index} of the label's enum, if the enum is declared in the schema. */
  private static Optional<Element> constantInSchema(
      SchemaModel schema, Element parameter, int index) {
    Element enumType = ((DeclaredType) parameter.asType()).asElement();
    if (!outermost(enumType).equals(schema.origin().element())) {
      return Optional.empty();
    }
    List<? extends Element> constants =
        enumType.getEnclosedElements().stream()
            .filter(member -> member.getKind() == ElementKind.ENUM_CONSTANT)
            .toList();
    return Optional.of(constants.get(index));
  }

  private static Element outermost(Element element) {
    Element outer = element;
    while (outer.getEnclosingElement() != null
        && outer.getEnclosingElement().getKind() != ElementKind.PACKAGE) {
      outer = outer.getEnclosingElement();
    }
    return outer;
  }
}
