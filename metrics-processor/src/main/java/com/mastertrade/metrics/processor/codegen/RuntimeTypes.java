package com.mastertrade.metrics.processor.codegen;

import com.mastertrade.metrics.processor.model.MetricType;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;

/** The types generated code refers to, by name: the processor does not load them. */
final class RuntimeTypes {
  private static final String RUNTIME = MetricType.RECORDER_PACKAGE;
  private static final String CORE = "io.prometheus.metrics.core.metrics";

  static final ClassName REGISTRY =
      ClassName.get("io.prometheus.metrics.model.registry", "PrometheusRegistry");
  static final ClassName UNIT = ClassName.get("io.prometheus.metrics.model.snapshots", "Unit");
  static final ClassName COUNTER = ClassName.get(CORE, "Counter");
  static final ClassName GAUGE = ClassName.get(CORE, "Gauge");
  static final ClassName HISTOGRAM = ClassName.get(CORE, "Histogram");
  static final ClassName SUMMARY = ClassName.get(CORE, "Summary");
  static final ClassName INFO = ClassName.get(CORE, "Info");

  static final ClassName RECORDERS = ClassName.get(RUNTIME, "Recorders");
  static final ClassName LABEL_DOMAIN = ClassName.get(RUNTIME, "LabelDomain");
  static final ClassName LABEL_SPACE = ClassName.get(RUNTIME, "LabelSpace");
  static final ClassName LAZY_RECORDERS = ClassName.get(RUNTIME, "LazyRecorders");
  static final ClassName OPEN_LABEL_RECORDERS = ClassName.get(RUNTIME, "OpenLabelRecorders");
  static final ClassName RESOLVED_SERIES = ClassName.get(RUNTIME, "ResolvedSeries");
  static final ClassName BOUNDED_LABEL_VALUES = ClassName.get(RUNTIME, "BoundedLabelValues");
  static final ClassName LABEL_OVERFLOW_COUNTER = ClassName.get(RUNTIME, "LabelOverflowCounter");
  public static final ClassName GENERATED_SCHEMA = ClassName.get(RUNTIME, "GeneratedSchema");
  static final ClassName TRACE_EXEMPLARS = ClassName.get(RUNTIME, "TraceExemplars");

  private static final ClassName GENERATED = ClassName.get("jakarta.annotation", "Generated");
  private static final String PROCESSOR =
      "com.mastertrade.metrics.processor.MetricsSchemaProcessor";

  /** {@code @Generated}, without a date so that output is reproducible. */
  static AnnotationSpec generated() {
    return AnnotationSpec.builder(GENERATED).addMember("value", "$S", PROCESSOR).build();
  }

  /**
   * On every generated type: the schema's categories, metrics and label types may be deprecated in
   * Java, and implementing or returning them is not a use the schema's author can avoid; a strict
   * build ({@code -Xlint:all -Werror}) must not fail on it.
   */
  static AnnotationSpec deprecationImplemented() {
    return AnnotationSpec.builder(SuppressWarnings.class)
        .addMember("value", "{$S, $S}", "deprecation", "removal")
        .build();
  }

  private RuntimeTypes() {}
}
