package com.mastertrade.metrics.processor;

import com.mastertrade.metrics.processor.model.AnnotationNames;
import com.mastertrade.metrics.processor.reading.Mirrors;
import com.mastertrade.metrics.processor.validation.Diagnostic;
import com.mastertrade.metrics.processor.validation.Message;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Declarations the schema reader never sees, so they would be dropped without a word: a
 * {@code @Category}, {@code @Dashboard}, {@code @AlertGroup}, {@code @ExampleQueries} or
 * {@code @ScrapeConfig} that is not on an interface nested directly in a schema (beside it, nested
 * in a category, inherited from a super-interface), and a {@code @Metric} outside a category.
 */
final class StrayDeclarations {
  /**
   * Declarations that must be nested directly in a schema. Dashboards, alert groups, queries and
   * scrape configs may also stand in files of their own, naming their schema (DeclarationFiles).
   */
  private static final List<String> SCHEMA_MEMBERS = List.of(AnnotationNames.CATEGORY);

  private final Elements elements;

  StrayDeclarations(Elements elements) {
    this.elements = elements;
  }

  List<Diagnostic> in(RoundEnvironment round) {
    List<Diagnostic> stray = new ArrayList<>();
    for (String annotation : SCHEMA_MEMBERS) {
      TypeElement type = elements.getTypeElement(annotation);
      if (type == null) {
        continue;
      }
      for (Element element : round.getElementsAnnotatedWith(type)) {
        if (!isSchema(element.getEnclosingElement())) {
          stray.add(
              Diagnostic.on(
                  element,
                  annotation,
                  null,
                  Message.DECLARATION_OUTSIDE_SCHEMA,
                  type.getSimpleName(),
                  element.getSimpleName()));
        }
      }
    }
    TypeElement metric = elements.getTypeElement(AnnotationNames.METRIC);
    if (metric != null) {
      for (Element method : round.getElementsAnnotatedWith(metric)) {
        Element owner = method.getEnclosingElement();
        if (Mirrors.find(owner, AnnotationNames.CATEGORY).isEmpty()) {
          stray.add(
              Diagnostic.on(
                  method,
                  AnnotationNames.METRIC,
                  null,
                  Message.METRIC_OUTSIDE_CATEGORY,
                  owner.getSimpleName() + "." + method.getSimpleName() + "()"));
        }
      }
    }
    return stray;
  }

  /**
   * Whether a super-interface of {@code schema} holds a category: it is reported as stray, and the
   * schema, which would silently lack it, is not generated.
   */
  static boolean inheritsCategories(TypeElement schema, Types types) {
    for (TypeMirror supertype : types.directSupertypes(schema.asType())) {
      Element type = types.asElement(supertype);
      if (type instanceof TypeElement superInterface
          && type.getKind() == ElementKind.INTERFACE
          && (ElementFilter.typesIn(superInterface.getEnclosedElements()).stream()
                  .anyMatch(
                      nested ->
                          SCHEMA_MEMBERS.stream()
                              .anyMatch(a -> Mirrors.find(nested, a).isPresent()))
              || inheritsCategories(superInterface, types))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSchema(Element element) {
    return element != null
        && (element.getKind() == ElementKind.INTERFACE
            || element.getKind() == ElementKind.CLASS
            || element.getKind() == ElementKind.ENUM
            || element.getKind() == ElementKind.RECORD
            || element.getKind() == ElementKind.ANNOTATION_TYPE)
        && Mirrors.find(element, AnnotationNames.METRICS_SCHEMA).isPresent();
  }
}
