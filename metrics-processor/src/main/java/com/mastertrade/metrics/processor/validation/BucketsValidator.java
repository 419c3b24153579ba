package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.annotations.HistogramKind;
import com.mastertrade.metrics.processor.model.AnnotationNames;
import com.mastertrade.metrics.processor.model.HistogramModel;
import com.mastertrade.metrics.processor.model.MetricModel;
import com.mastertrade.metrics.processor.model.MetricType;
import com.mastertrade.metrics.processor.model.NamedBucketsModel;
import com.mastertrade.metrics.processor.model.Numbers;
import com.mastertrade.metrics.processor.model.SchemaModel;
import java.util.List;

/**
 * Histograms have buckets: classic bounds given once, finite and strictly increasing (none for a
 * native-only histogram), native parameters within client_java's range and only where a native
 * histogram is kept; nothing else has any.
 */
final class BucketsValidator implements SchemaValidator.Check {
  @Override
  public void check(SchemaModel schema, ValidationReport.Builder report) {
    schema
        .metrics()
        .filter(metric -> metric.written().metric() && metric.type() != null)
        .forEach(metric -> check(schema, metric, report));
  }

  private static void check(
      SchemaModel schema, MetricModel metric, ValidationReport.Builder report) {
    MetricModel.Written written = metric.written();
    String described = Names.describe(metric);
    if (metric.type() != MetricType.HISTOGRAM) {
      if (written.buckets()) {
        report.add(
            at(
                metric,
                null,
                Message.BUCKETS_ON_NON_HISTOGRAM,
                described,
                metric.type().prometheusName()));
      }
      return;
    }
    if (!written.buckets()) {
      // A missing annotation: point at the method that needs it.
      report.add(Diagnostic.on(metric.origin().element(), Message.MISSING_BUCKETS, described));
      return;
    }
    boolean hasValues = written.bucketValues();
    boolean hasPreset = written.bucketPreset();
    if (!checkNative(metric, report)) {
      return;
    }
    if (metric.histogram().kind() == HistogramKind.NATIVE) {
      if (hasValues || hasPreset || !written.namedBuckets().isEmpty()) {
        String attribute = hasValues ? "value" : hasPreset ? "preset" : "named";
        report.add(
            at(
                metric,
                attribute,
                Message.NATIVE_HISTOGRAM_WITH_BOUNDS,
                described,
                hasValues ? "bounds" : hasPreset ? "preset" : "named layout"));
      }
      return;
    }
    if (!written.namedBuckets().isEmpty()) {
      checkNamed(schema, metric, hasValues, hasPreset, report);
      return;
    }
    if (hasValues && hasPreset) {
      report.add(at(metric, "preset", Message.BUCKETS_PRESET_AND_VALUES, described));
      return;
    }
    List<Double> bounds = metric.buckets();
    if (bounds.isEmpty()) {
      report.add(at(metric, hasValues ? "value" : "preset", Message.BUCKETS_EMPTY, described));
      return;
    }
    for (int i = 0; i < bounds.size(); i++) {
      double bound = bounds.get(i);
      if (!Double.isFinite(bound)) {
        report.add(
            atBound(
                metric, hasValues, i, Message.BUCKET_NOT_FINITE, Numbers.format(bound), described));
        return;
      }
      if (i > 0 && bound <= bounds.get(i - 1)) {
        report.add(
            atBound(
                metric,
                hasValues,
                i,
                Message.BUCKETS_NOT_INCREASING,
                described,
                Numbers.format(bound),
                Numbers.format(bounds.get(i - 1))));
        return;
      }
    }
  }

  /** The native parameters: in range, and written only where a native histogram is kept. */
  private static boolean checkNative(MetricModel metric, ValidationReport.Builder report) {
    HistogramModel histogram = metric.histogram();
    String described = Names.describe(metric);
    if (histogram.kind() == HistogramKind.CLASSIC
        && (histogram.schemaWritten() || histogram.maxBucketsWritten())) {
      String attribute = histogram.schemaWritten() ? "nativeInitialSchema" : "nativeMaxBuckets";
      report.add(
          at(metric, attribute, Message.NATIVE_PARAMETER_ON_CLASSIC, described, attribute));
      return false;
    }
    int schema = histogram.nativeInitialSchema();
    if (schema < HistogramModel.MIN_SCHEMA || schema > HistogramModel.MAX_SCHEMA) {
      report.add(
          at(
              metric,
              "nativeInitialSchema",
              Message.NATIVE_SCHEMA_OUT_OF_RANGE,
              schema,
              described));
      return false;
    }
    if (histogram.nativeMaxBuckets() < 0) {
      report.add(
          at(
              metric,
              "nativeMaxBuckets",
              Message.NATIVE_MAX_BUCKETS_NEGATIVE,
              histogram.nativeMaxBuckets(),
              described));
      return false;
    }
    return true;
  }

  /** Names one of the schema's layouts, and nothing else; its bounds are checked on the layout. */
  private static void checkNamed(
      SchemaModel schema,
      MetricModel metric,
      boolean hasValues,
      boolean hasPreset,
      ValidationReport.Builder report) {
    String described = Names.describe(metric);
    String named = metric.written().namedBuckets();
    if (hasValues || hasPreset) {
      report.add(
          at(
              metric,
              "named",
              Message.BUCKETS_NAMED_AND_OTHER,
              described,
              named,
              hasValues ? "explicit bounds" : "a preset"));
    } else if (schema.namedBuckets(named).isEmpty()) {
      List<String> declared =
          schema.namedBuckets().stream().map(NamedBucketsModel::name).distinct().sorted().toList();
      report.add(
          at(
              metric,
              "named",
              Message.UNKNOWN_NAMED_BUCKETS,
              described,
              named,
              declared.isEmpty()
                  ? "declare them in @MetricsSchema(buckets = @NamedBuckets(name = \""
                      + named
                      + "\", value = {...}))"
                  : "it declares " + String.join(", ", declared)));
    }
  }

  /** At the wrong explicit bound; a preset's bounds are all fine, so there is no other case. */
  private static Diagnostic atBound(
      MetricModel metric, boolean explicit, int index, Message message, Object... args) {
    return explicit
        ? Diagnostic.onArrayElement(
            metric.origin().element(), AnnotationNames.BUCKETS, "value", index, message, args)
        : at(metric, "preset", message, args);
  }

  private static Diagnostic at(
      MetricModel metric, String attribute, Message message, Object... args) {
    return Diagnostic.on(
        metric.origin().element(), AnnotationNames.BUCKETS, attribute, message, args);
  }
}
