package com.mastertrade.metrics.processor.codegen;

import com.mastertrade.metrics.processor.model.HistogramModel;
import com.mastertrade.metrics.processor.model.LabelKind;
import com.mastertrade.metrics.processor.model.LabelModel;
import com.mastertrade.metrics.processor.model.MetricModel;
import com.mastertrade.metrics.processor.model.MetricType;
import com.mastertrade.metrics.processor.model.SchemaModel;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * The fields and constructor statements that register one metric with client_java's builder API and
 * bind its recorders.
 */
final class MetricRegistration {
  /** How a metric's recorders are held. */
  enum Storage {
    /** No labels: one recorder. */
    SINGLE,
    /** Closed labels only, series wanted from the start: an array resolved at registration. */
    ARRAY,
    /** Closed labels only, series that must not exist before use: resolved on first use. */
    LAZY,
    /** Open labels: resolved on first use, the last two series kept for the next calls. */
    OPEN
  }

  private final SchemaModel schema;
  private final MetricModel metric;
  private final RecorderNames names;

  MetricRegistration(SchemaModel schema, MetricModel metric, RecorderNames names) {
    this.schema = schema;
    this.metric = metric;
    this.names = names;
  }

  static Storage storage(MetricModel metric) {
    if (metric.labels().isEmpty()) {
      return Storage.SINGLE;
    }
    if (metric.labels().stream().anyMatch(label -> label.kind() == LabelKind.OPEN)) {
      return Storage.OPEN;
    }
    return metric.type().resolvedOnFirstUse() ? Storage.LAZY : Storage.ARRAY;
  }

  void addTo(TypeSpec.Builder type, MethodSpec.Builder constructor) {
    String field = names.field(metric);
    String local = names.local(metric);
    type.addField(
        FieldSpec.builder(
                RecorderClassWriter.fieldType(metric), field, Modifier.PRIVATE, Modifier.FINAL)
            .build());
    constructor.addStatement("$T $N = $L", metricClass(), local, builder());
    for (int i = 0; i < metric.labels().size(); i++) {
      LabelModel label = metric.labels().get(i);
      if (label.kind() == LabelKind.OPEN) {
        String labelField = names.openLabelField(metric, i);
        type.addField(
            FieldSpec.builder(
                    RuntimeTypes.BOUNDED_LABEL_VALUES, labelField, Modifier.PRIVATE, Modifier.FINAL)
                .build());
        constructor.addStatement(
            "this.$N = new $T($L, $T.forLabel($N, $S, $S, $S))",
            labelField,
            RuntimeTypes.BOUNDED_LABEL_VALUES,
            label.maxValues(),
            RuntimeTypes.LABEL_OVERFLOW_COUNTER,
            RecorderNames.REGISTRY,
            schema.labelOverflowName(),
            metric.exposedName(),
            label.name());
      }
    }
    switch (storage(metric)) {
      case SINGLE ->
          constructor.addStatement("this.$N = $L", field, bind(CodeBlock.of("$N", local)));
      case ARRAY ->
          constructor.addStatement(
              "this.$N = $L.resolveAll($T[]::new, $N -> $L)",
              field,
              labelSpace(),
              JavaNames.recorderType(metric),
              RecorderNames.VALUES,
              bind(CodeBlock.of("$N.labelValues($N)", local, RecorderNames.VALUES)));
      case LAZY, OPEN ->
          constructor.addStatement(
              "this.$N = new $T<>($L, $N -> $L)",
              field,
              storage(metric) == Storage.OPEN
                  ? RuntimeTypes.OPEN_LABEL_RECORDERS
                  : RuntimeTypes.LAZY_RECORDERS,
              labelSpace(),
              RecorderNames.VALUES,
              bind(CodeBlock.of("$N.labelValues($N)", local, RecorderNames.VALUES)));
    }
    if (storage(metric) == Storage.OPEN) {
      OpenLabelLookup.addFields(type, metric, names);
    }
  }

  private CodeBlock labelSpace() {
    List<CodeBlock> domains = new ArrayList<>();
    for (int i = 0; i < metric.labels().size(); i++) {
      LabelModel label = metric.labels().get(i);
      domains.add(
          CodeBlock.of(
              "$N",
              label.kind() == LabelKind.OPEN
                  ? names.openLabelField(metric, i)
                  : names.domainConstant(label)));
    }
    return CodeBlock.of("$T.of($L)", RuntimeTypes.LABEL_SPACE, CodeBlock.join(domains, ", "));
  }

  /** Wraps a data point (or, for info metrics, binds label values) into a recorder. */
  private CodeBlock bind(CodeBlock dataPoint) {
    return switch (metric.type()) {
      case COUNTER -> CodeBlock.of("$T.counter($L)", RuntimeTypes.RECORDERS, dataPoint);
      case GAUGE -> CodeBlock.of("$T.gauge($L)", RuntimeTypes.RECORDERS, dataPoint);
      case HISTOGRAM -> CodeBlock.of("$T.histogram($L)", RuntimeTypes.RECORDERS, dataPoint);
      case SUMMARY -> CodeBlock.of("$T.summary($L)", RuntimeTypes.RECORDERS, dataPoint);
      case INFO ->
          metric.labels().isEmpty()
              ? CodeBlock.of("$T.info($N)", RuntimeTypes.RECORDERS, names.local(metric))
              : CodeBlock.of(
                  "$T.info($N, $N)",
                  RuntimeTypes.RECORDERS,
                  names.local(metric),
                  RecorderNames.VALUES);
    };
  }

  private ClassName metricClass() {
    return switch (metric.type()) {
      case COUNTER -> RuntimeTypes.COUNTER;
      case GAUGE -> RuntimeTypes.GAUGE;
      case HISTOGRAM -> RuntimeTypes.HISTOGRAM;
      case SUMMARY -> RuntimeTypes.SUMMARY;
      case INFO -> RuntimeTypes.INFO;
    };
  }

  /**
   * Classic-only keeps the cached observation at about 10 ns and 0 B; native or both set the
   * resolution and bucket limit the schema wrote, client_java's defaults otherwise.
   */
  private void histogram(CodeBlock.Builder chain) {
    HistogramModel histogram = metric.histogram();
    if (histogram.kind().classic()) {
      String bounds =
          metric.buckets().stream().map(String::valueOf).collect(Collectors.joining(", "));
      chain.add("\n.classicUpperBounds($L)", bounds);
    }
    switch (histogram.kind()) {
      case CLASSIC -> chain.add("\n.classicOnly()");
      case NATIVE -> chain.add("\n.nativeOnly()");
      case BOTH -> {}
    }
    if (histogram.schemaWritten()) {
      chain.add("\n.nativeInitialSchema($L)", histogram.nativeInitialSchema());
    }
    if (histogram.maxBucketsWritten()) {
      chain.add("\n.nativeMaxNumberOfBuckets($L)", histogram.nativeMaxBuckets());
    }
  }

  /** The client_java builder chain, one call per line. */
  private CodeBlock builder() {
    CodeBlock.Builder chain = CodeBlock.builder();
    if (metric.exemplars()) {
      // client_java samples the current span into an exemplar through its tracer modules; where
      // they are missing, sampling would throw NoClassDefFoundError into the recording call.
      chain.add(
          "($T.available() ? $T.builder() : $T.builder().withoutExemplars())",
          RuntimeTypes.TRACE_EXEMPLARS,
          metricClass(),
          metricClass());
    } else {
      chain.add("$T.builder()", metricClass());
    }
    chain.indent();
    chain.add("\n.name($S)", metric.name());
    chain.add("\n.help($L)", JavaLiterals.string(metric.help()));
    if (!metric.unit().isEmpty()) {
      chain.add("\n.unit(new $T($S))", RuntimeTypes.UNIT, metric.unit());
    }
    if (!metric.labels().isEmpty()) {
      CodeBlock labelNames =
          metric.labels().stream()
              .map(l -> CodeBlock.of("$S", l.name()))
              .collect(CodeBlock.joining(", "));
      chain.add("\n.labelNames($L)", labelNames);
    }
    switch (metric.type()) {
      case HISTOGRAM -> histogram(chain);
      case SUMMARY -> {
        for (double quantile : metric.quantiles()) {
          chain.add("\n.quantile($L)", quantile);
        }
        // A long literal: the window may exceed an int.
        chain.add("\n.maxAgeSeconds($LL)", metric.quantileMaxAgeSeconds());
      }
      default -> {}
    }
    if (metric.type() != MetricType.INFO && !metric.exemplars()) {
      // No exemplar sampler at all: it would still run on every recording for nothing.
      chain.add("\n.withoutExemplars()");
    }
    chain.add("\n.register($N)", RecorderNames.REGISTRY).unindent();
    return chain.build();
  }
}
