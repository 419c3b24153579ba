package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.processor.model.LabelKind;
import com.mastertrade.metrics.processor.model.SchemaModel;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.DeclaredType;

/**
 * The generated recorders sit in the schema's package and implement its categories and take its
 * enum labels: none of those may be private, nor nested in a private type (a schema nested in a
 * class can be).
 */
final class AccessibilityValidator implements SchemaValidator.Check {
  @Override
  public void check(SchemaModel schema, ValidationReport.Builder report) {
    Element schemaElement = schema.origin().element();
    privateIn(schemaElement)
        .ifPresent(
            type ->
                report.add(
                    Diagnostic.on(schemaElement, Message.NOT_ACCESSIBLE, args(type, schema))));
    Set<Element> reported = new HashSet<>();
    schema
        .metrics()
        .filter(metric -> metric.written().metric())
        .flatMap(metric -> metric.labels().stream())
        .filter(label -> label.kind() == LabelKind.ENUM)
        .forEach(
            label -> {
              Element type = ((DeclaredType) label.origin().element().asType()).asElement();
              Optional<Element> hidden = privateIn(type);
              if (hidden.isPresent() && reported.add(type)) {
                report.add(
                    Diagnostic.on(
                        label.origin().element(),
                        Message.NOT_ACCESSIBLE,
                        args(hidden.get(), schema)));
              }
            });
  }

  private static Object[] args(Element type, SchemaModel schema) {
    String kind = type.getKind().toString().toLowerCase(Locale.ROOT).replace('_', ' ');
    return new Object[] {
      kind,
      type.getSimpleName(),
      schema.packageName().isEmpty() ? "(default)" : schema.packageName()
    };
  }

  /** The first private type among {@code type} and the types enclosing it. */
  private static Optional<Element> privateIn(Element type) {
    for (Element e = type;
        e != null && e.getKind() != ElementKind.PACKAGE;
        e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
