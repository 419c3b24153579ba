package com.mastertrade.metrics.processor.codegen;

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
import java.util.function.Function;
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
    /** Open labels, or series that must not exist before use: resolved on first use. */
    LAZY
  }

  private final SchemaModel schema;
  private final MetricModel metric;
  private final Function<LabelModel, String> domainConstant;

  MetricRegistration(
      SchemaModel schema, MetricModel metric, Function<LabelModel, String> domainConstant) {
    this.schema = schema;
    this.metric = metric;
    this.domainConstant = domainConstant;
  }

  static Storage storage(MetricModel metric) {
    if (metric.labels().isEmpty()) {
      return Storage.SINGLE;
    }
    boolean open = metric.labels().stream().anyMatch(label -> label.kind() == LabelKind.OPEN);
    return open || metric.type().resolvedOnFirstUse() ? Storage.LAZY : Storage.ARRAY;
  }

  void addTo(TypeSpec.Builder type, MethodSpec.Builder constructor) {
    String field = metric.methodName();
    String local = field + "Metric";
    type.addField(
        FieldSpec.builder(
                RecorderClassWriter.fieldType(metric), field, Modifier.PRIVATE, Modifier.FINAL)
            .build());
    constructor.addStatement("$T $N = $L", metricClass(), local, builder());
    for (LabelModel label : metric.labels()) {
      if (label.kind() == LabelKind.OPEN) {
        String labelField = JavaNames.openLabelField(metric, label);
        type.addField(
            FieldSpec.builder(
                    RuntimeTypes.BOUNDED_LABEL_VALUES, labelField, Modifier.PRIVATE, Modifier.FINAL)
                .build());
        constructor.addStatement(
            "this.$N = new $T($L, $T.forLabel(registry, $S, $S, $S))",
            labelField,
            RuntimeTypes.BOUNDED_LABEL_VALUES,
            label.maxValues(),
            RuntimeTypes.LABEL_OVERFLOW_COUNTER,
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
              "this.$N = $L.resolveAll($T[]::new, values -> $L)",
              field,
              labelSpace(),
              JavaNames.recorderType(metric),
              bind(CodeBlock.of("$N.labelValues(values)", local)));
      case LAZY ->
          constructor.addStatement(
              "this.$N = new $T<>($L, values -> $L)",
              field,
              RuntimeTypes.LAZY_RECORDERS,
              labelSpace(),
              bind(CodeBlock.of("$N.labelValues(values)", local)));
    }
  }

  private CodeBlock labelSpace() {
    CodeBlock domains =
        metric.labels().stream()
            .map(
                label ->
                    label.kind() == LabelKind.OPEN
                        ? CodeBlock.of("$N", JavaNames.openLabelField(metric, label))
                        : CodeBlock.of("$N", domainConstant.apply(label)))
            .collect(CodeBlock.joining(", "));
    return CodeBlock.of("$T.of($L)", RuntimeTypes.LABEL_SPACE, domains);
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
              ? CodeBlock.of("$T.info($N)", RuntimeTypes.RECORDERS, metric.methodName() + "Metric")
              : CodeBlock.of(
                  "$T.info($N, values)", RuntimeTypes.RECORDERS, metric.methodName() + "Metric");
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

  /** The client_java builder chain, one call per line. */
  private CodeBlock builder() {
    CodeBlock.Builder chain = CodeBlock.builder().add("$T.builder()", metricClass()).indent();
    chain.add("\n.name($S)", metric.name());
    chain.add("\n.help($S)", metric.help());
    if (!metric.unit().isEmpty()) {
      chain.add("\n.unit(new $T($S))", RuntimeTypes.UNIT, metric.unit());
    }
    if (!metric.labels().isEmpty()) {
      String names =
          metric.labels().stream().map(l -> '"' + l.name() + '"').collect(Collectors.joining(", "));
      chain.add("\n.labelNames($L)", names);
    }
    switch (metric.type()) {
      case HISTOGRAM -> {
        String bounds =
            metric.buckets().stream().map(String::valueOf).collect(Collectors.joining(", "));
        chain.add("\n.classicUpperBounds($L)", bounds);
        if (!metric.nativeHistogram()) {
          chain.add("\n.classicOnly()");
        }
      }
      case SUMMARY -> {
        for (double quantile : metric.quantiles()) {
          chain.add("\n.quantile($L)", quantile);
        }
        chain.add("\n.maxAgeSeconds($L)", metric.quantileMaxAgeSeconds());
      }
      default -> {}
    }
    if (metric.type() != MetricType.INFO) {
      // Exemplars need a tracing context, which these services do not have; the exemplar sampler
      // would still run on every recording and allocate while the JIT has not removed it.
      chain.add("\n.withoutExemplars()");
    }
    chain.add("\n.register(registry)").unindent();
    return chain.build();
  }
}
