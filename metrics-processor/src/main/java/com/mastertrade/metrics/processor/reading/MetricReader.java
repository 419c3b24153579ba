package com.mastertrade.metrics.processor.reading;

import com.mastertrade.metrics.annotations.BucketPreset;
import com.mastertrade.metrics.annotations.HistogramKind;
import com.mastertrade.metrics.processor.model.AnnotationNames;
import com.mastertrade.metrics.processor.model.HistogramModel;
import com.mastertrade.metrics.processor.model.LabelModel;
import com.mastertrade.metrics.processor.model.MetricModel;
import com.mastertrade.metrics.processor.model.MetricType;
import com.mastertrade.metrics.processor.model.Origin;
import com.mastertrade.metrics.processor.model.SnakeCase;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/** Reads one metric method. */
final class MetricReader {
  /** A histogram in this unit times work: its exemplars are on unless declared off. */
  private static final String LATENCY_UNIT = "seconds";

  private final Mirrors mirrors;
  private final LabelReader labelReader;
  private final DeprecationReader deprecations;

  MetricReader(Mirrors mirrors, Elements elements) {
    this.mirrors = mirrors;
    this.labelReader = new LabelReader(mirrors, elements);
    this.deprecations = new DeprecationReader(mirrors);
  }

  /**
   * @param namedBuckets the bounds of the bucket layouts the schema declares, by name
   */
  MetricModel read(
      ExecutableElement method,
      String namespace,
      String prefix,
      Map<String, List<Double>> namedBuckets) {
    Optional<AnnotationMirror> metric = Mirrors.find(method, AnnotationNames.METRIC);
    MetricType type = typeOf(method.getReturnType());
    String unit = metric.map(m -> mirrors.string(m, "unit")).orElse("");
    String declaredName = metric.map(m -> mirrors.string(m, "name")).orElse("");
    String name =
        namespace
            + "_"
            + (declaredName.isEmpty() ? derivedName(method, prefix, unit, type) : declaredName);
    List<LabelModel> labels = method.getParameters().stream().map(labelReader::read).toList();

    Optional<AnnotationMirror> buckets = Mirrors.find(method, AnnotationNames.BUCKETS);
    Optional<AnnotationMirror> quantiles = Mirrors.find(method, AnnotationNames.QUANTILES);
    String exemplars = metric.map(m -> mirrors.enumConstant(m, "exemplars")).orElse("DEFAULT");
    return new MetricModel(
        method.getSimpleName().toString(),
        type,
        name,
        !declaredName.isEmpty(),
        metric.map(m -> mirrors.string(m, "help")).orElse(""),
        unit,
        labels,
        buckets.map(b -> bucketBounds(b, namedBuckets)).orElse(List.of()),
        buckets.map(this::histogram).orElse(HistogramModel.NONE),
        quantiles.map(q -> mirrors.doubles(q, "value")).orElse(List.of()),
        quantiles.map(q -> mirrors.longValue(q, "maxAgeSeconds")).orElse(0L),
        metric.map(m -> mirrors.strings(m, "formerly")).orElse(List.of()).stream()
            .map(former -> namespace + "_" + former)
            .toList(),
        deprecations.read(method),
        exemplars.equals("ON")
            || (exemplars.equals("DEFAULT")
                && type == MetricType.HISTOGRAM
                && unit.equals(LATENCY_UNIT)),
        new MetricModel.Written(
            metric.isPresent(),
            buckets.isPresent(),
            buckets.flatMap(b -> Mirrors.explicitValue(b, "value")).isPresent(),
            buckets.flatMap(b -> Mirrors.explicitValue(b, "preset")).isPresent(),
            buckets.map(b -> mirrors.string(b, "named")).orElse(""),
            quantiles.isPresent(),
            exemplars.equals("ON")),
        new Origin(method, metric.orElse(null)));
  }

  private HistogramModel histogram(AnnotationMirror buckets) {
    return new HistogramModel(
        HistogramKind.valueOf(mirrors.enumConstant(buckets, "kind")),
        mirrors.intValue(buckets, "nativeInitialSchema"),
        mirrors.intValue(buckets, "nativeMaxBuckets"),
        Mirrors.explicitValue(buckets, "nativeInitialSchema").isPresent(),
        Mirrors.explicitValue(buckets, "nativeMaxBuckets").isPresent());
  }

  /**
   * Explicit bounds if any were written, else the named layout's (none if the schema declares no
   * such), else the preset's; the validator rejects more than one of them, or none.
   */
  private List<Double> bucketBounds(
      AnnotationMirror buckets, Map<String, List<Double>> namedBuckets) {
    List<Double> explicit = mirrors.doubles(buckets, "value");
    if (!explicit.isEmpty()) {
      return explicit;
    }
    String named = mirrors.string(buckets, "named");
    if (!named.isEmpty()) {
      return namedBuckets.getOrDefault(named, List.of());
    }
    BucketPreset preset = BucketPreset.valueOf(mirrors.enumConstant(buckets, "preset"));
    return Arrays.stream(preset.upperBounds()).boxed().toList();
  }

  private static String derivedName(
      ExecutableElement method, String prefix, String unit, MetricType type) {
    String base = SnakeCase.of(method.getSimpleName().toString());
    if (!prefix.isEmpty()) {
      base = prefix + "_" + base;
    }
    if (!unit.isEmpty() && !base.endsWith("_" + unit)) {
      base = base + "_" + unit;
    }
    if (type == MetricType.INFO && !base.endsWith("_info")) {
      base = base + "_info";
    }
    return base;
  }

  private static MetricType typeOf(TypeMirror returnType) {
    if (returnType.getKind() != TypeKind.DECLARED) {
      return null;
    }
    TypeElement element = (TypeElement) ((DeclaredType) returnType).asElement();
    return MetricType.forRecorder(element.getQualifiedName().toString());
  }
}
