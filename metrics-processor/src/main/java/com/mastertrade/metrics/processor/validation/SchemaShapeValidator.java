package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.conventions.NamingRules;
import com.mastertrade.metrics.processor.model.AnnotationNames;
import com.mastertrade.metrics.processor.model.CategoryModel;
import com.mastertrade.metrics.processor.model.SchemaModel;
import com.mastertrade.metrics.processor.model.TextRules;
import java.util.Locale;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;

/**
 * The schema as a whole: interfaces, a usable namespace, at least one category, usable category
 * prefixes, and categories that declare every method they inherit.
 */
final class SchemaShapeValidator implements SchemaValidator.Check {
  @Override
  public void check(SchemaModel schema, ValidationReport.Builder report) {
    if (!NamingRules.isValidNamespace(schema.namespace())) {
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
      if (!category.typeParameters().isEmpty()) {
        String parameters = String.join(", ", category.typeParameters());
        report.add(
            Diagnostic.on(
                category.origin().element(),
                Message.GENERIC_CATEGORY,
                category.simpleName(),
                parameters,
                parameters));
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
      if (category.title().isBlank() || !TextRules.isOneLine(category.title())) {
        report.add(
            Diagnostic.on(
                category.origin().element(),
                AnnotationNames.CATEGORY,
                "title",
                Message.LINE_BREAK,
                "the title",
                "category " + category.simpleName(),
                "the heading of its page and a table cell of the docs; it cannot be empty either"));
      }
      if (!NamingRules.isValidPrefix(category.prefix())) {
        report.add(
            Diagnostic.on(
                category.origin().element(),
                AnnotationNames.CATEGORY,
                "prefix",
                Message.INVALID_CATEGORY_PREFIX,
                category.prefix(),
                Names.sanitize(category.prefix())));
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
        withArticle(element.getKind()));
  }

  /** {@code a class}, {@code an enum}, {@code a record}, {@code an annotation type}. */
  private static String withArticle(ElementKind kind) {
    String noun = kind.toString().toLowerCase(Locale.ROOT).replace('_', ' ');
    return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
  }
}
