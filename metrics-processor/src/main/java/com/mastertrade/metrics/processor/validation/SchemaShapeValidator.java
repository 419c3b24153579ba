package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.processor.model.SchemaModel;
import com.mastertrade.metrics.processor.reading.AnnotationNames;
import com.mastertrade.metrics.processor.model.CategoryModel;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;

/**
 * The schema as a whole: interfaces, a usable namespace, at least one category, and categories
 * that declare every method they inherit.
 */
final class SchemaShapeValidator implements SchemaValidator.Check {
  private static final Pattern NAMESPACE = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

  @Override
  public void check(SchemaModel schema, ValidationReport.Builder report) {
    if (!NAMESPACE.matcher(schema.namespace()).matches()) {
      report.add(
          Diagnostic.on(
              schema.origin().element(),
              AnnotationNames.METRICS_SCHEMA,
              "namespace",
              Message.INVALID_NAMESPACE,
              schema.namespace(),
              Names.sanitize(schema.namespace())));
    }
    if (schema.origin().element().getKind() != ElementKind.INTERFACE) {
      report.add(notAnInterface("MetricsSchema", schema.origin().element()));
    }
    for (CategoryModel category : schema.categories()) {
      if (category.origin().element().getKind() != ElementKind.INTERFACE) {
        report.add(notAnInterface("Category", category.origin().element()));
      }
      for (String method : category.undeclaredInherited()) {
        report.add(
            Diagnostic.on(
                category.origin().element(),
                Message.UNDECLARED_INHERITED_METHOD,
                category.simpleName(),
                method,
                category.simpleName()));
      }
    }
    if (schema.categories().isEmpty()) {
      report.add(
          Diagnostic.on(schema.origin().element(), Message.NO_CATEGORIES, schema.simpleName()));
    }
  }

  private static Diagnostic notAnInterface(String annotation, Element element) {
    return Diagnostic.on(
        element,
        Message.NOT_AN_INTERFACE,
        annotation,
        element.getSimpleName(),
        element.getKind().toString().toLowerCase(Locale.ROOT));
  }
}
