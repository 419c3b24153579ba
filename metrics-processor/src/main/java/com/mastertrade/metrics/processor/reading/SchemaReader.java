package com.mastertrade.metrics.processor.reading;

import com.mastertrade.metrics.processor.model.AcceptedBreakModel;
import com.mastertrade.metrics.processor.model.AnnotationNames;
import com.mastertrade.metrics.processor.model.CategoryModel;
import com.mastertrade.metrics.processor.model.MetricModel;
import com.mastertrade.metrics.processor.model.NamedBucketsModel;
import com.mastertrade.metrics.processor.model.Origin;
import com.mastertrade.metrics.processor.model.SchemaModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Reads a {@code @MetricsSchema} interface into a {@link SchemaModel}. Reading never fails: what
 * cannot be mapped is kept in the model in a form the validators report (an unsupported label kind,
 * a metric without type), so every error of a schema is reported in one compilation.
 */
public final class SchemaReader {
  private final Elements elements;
  private final Mirrors mirrors;
  private final MetricReader metricReader;

  public SchemaReader(Elements elements) {
    this.elements = elements;
    this.mirrors = new Mirrors(elements);
    this.metricReader = new MetricReader(mirrors, elements);
  }

  public SchemaModel read(TypeElement schema) {
    AnnotationMirror annotation =
        Mirrors.find(schema, AnnotationNames.METRICS_SCHEMA).orElseThrow();
    String namespace = mirrors.string(annotation, "namespace");
    List<NamedBucketsModel> namedBuckets =
        mirrors.annotations(annotation, "buckets").stream()
            .map(
                b ->
                    new NamedBucketsModel(
                        mirrors.string(b, "name"),
                        mirrors.doubles(b, "value"),
                        new Origin(schema, b)))
            .toList();
    Map<String, List<Double>> boundsByName = new HashMap<>();
    namedBuckets.forEach(b -> boundsByName.putIfAbsent(b.name(), b.bounds()));
    List<CategoryModel> categories = new ArrayList<>();
    for (TypeElement nested : ElementFilter.typesIn(schema.getEnclosedElements())) {
      Mirrors.find(nested, AnnotationNames.CATEGORY)
          .ifPresent(
              category -> categories.add(readCategory(nested, category, namespace, boundsByName)));
    }
    return new SchemaModel(
        elements.getPackageOf(schema).getQualifiedName().toString(),
        schema.getSimpleName().toString(),
        enclosingNames(schema),
        namespace,
        mirrors.longValue(annotation, "maxSeries"),
        mirrors.longValue(annotation, "maxSeriesPerMetric"),
        namedBuckets,
        categories,
        acceptedBreaks(schema),
        new Origin(schema, annotation));
  }

  /** One {@code @AcceptedBreak} is written as itself, several inside their container. */
  private List<AcceptedBreakModel> acceptedBreaks(TypeElement schema) {
    List<AnnotationMirror> written = new ArrayList<>();
    Mirrors.find(schema, AnnotationNames.ACCEPTED_BREAK).ifPresent(written::add);
    Mirrors.find(schema, AnnotationNames.ACCEPTED_BREAKS)
        .ifPresent(container -> written.addAll(mirrors.annotations(container, "value")));
    return written.stream()
        .map(
            accepted ->
                new AcceptedBreakModel(
                    mirrors.enumConstant(accepted, "change"),
                    mirrors.string(accepted, "element"),
                    mirrors.string(accepted, "reason"),
                    new Origin(schema, accepted)))
        .toList();
  }

  private static List<String> enclosingNames(TypeElement schema) {
    List<String> names = new ArrayList<>();
    for (Element outer = schema.getEnclosingElement();
        outer != null && outer.getKind() != ElementKind.PACKAGE;
        outer = outer.getEnclosingElement()) {
      names.add(0, outer.getSimpleName().toString());
    }
    return names;
  }

  private CategoryModel readCategory(
      TypeElement category,
      AnnotationMirror annotation,
      String namespace,
      Map<String, List<Double>> namedBuckets) {
    String prefix = mirrors.string(annotation, "prefix");
    List<MetricModel> metrics = new ArrayList<>();
    List<Origin> concreteMetrics = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(category.getEnclosedElements())) {
      if (isAbstract(method)) {
        metrics.add(metricReader.read(method, namespace, prefix, namedBuckets));
      } else {
        Mirrors.find(method, AnnotationNames.METRIC)
            .ifPresent(metric -> concreteMetrics.add(new Origin(method, metric)));
      }
    }
    return new CategoryModel(
        category.getSimpleName().toString(),
        category.getQualifiedName().toString(),
        mirrors.string(annotation, "title"),
        mirrors.string(annotation, "description"),
        prefix,
        metrics,
        undeclaredInherited(category),
        concreteMetrics,
        category.getTypeParameters().stream().map(t -> t.getSimpleName().toString()).toList(),
        new Origin(category, annotation));
  }

  private List<String> undeclaredInherited(TypeElement category) {
    List<String> inherited = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(category))) {
      Element owner = method.getEnclosingElement();
      if (isAbstract(method) && !owner.equals(category)) {
        inherited.add(owner.getSimpleName() + "." + method);
      }
    }
    return inherited;
  }

  private static boolean isAbstract(Element method) {
    return method.getModifiers().contains(Modifier.ABSTRACT);
  }
}
