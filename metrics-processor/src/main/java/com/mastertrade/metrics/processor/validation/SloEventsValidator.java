package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.processor.declarations.SloModel;
import com.mastertrade.metrics.processor.declarations.SloModel.Kind;
import com.mastertrade.metrics.processor.model.LabelKind;
import com.mastertrade.metrics.processor.model.LabelModel;
import com.mastertrade.metrics.processor.model.MetricModel;
import com.mastertrade.metrics.processor.model.Numbers;
import com.mastertrade.metrics.processor.promql.HistogramForm;
import com.mastertrade.metrics.processor.promql.syntax.PromqlTarget;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An availability SLO's bad events are constants of the enum of exactly one label of its counter; a
 * latency SLO's threshold is one of its histogram's bucket bounds in the form the target reads: a
 * classic bound, or a boundary of the native histogram's schema, where {@code histogram_fraction}
 * counts whole buckets instead of interpolating within one.
 */
final class SloEventsValidator {
  void check(
      SloModel slo, MetricModel metric, PromqlTarget target, ValidationReport.Builder report) {
    if (slo.kind() == Kind.AVAILABILITY) {
      checkBadEvents(slo, metric, report);
    } else if (HistogramForm.read(metric, target) == HistogramForm.NATIVE) {
      checkNativeThreshold(slo, metric, report);
    } else if (!metric.classicBuckets()) {
      report.add(
          Diagnostic.at(
              slo.origin(),
              "histogram",
              Message.SLO_NATIVE_ONLY_ON_CLASSIC_TARGET,
              slo.name(),
              slo.metric(),
              target.version().label(),
              slo.metric()));
    } else {
      checkThreshold(slo, metric, report);
    }
  }

  private static void checkNativeThreshold(
      SloModel slo, MetricModel metric, ValidationReport.Builder report) {
    int schema = metric.histogram().nativeInitialSchema();
    NativeBoundaries boundaries = new NativeBoundaries(schema);
    if (boundaries.isBoundary(slo.threshold())) {
      return;
    }
    report.add(
        Diagnostic.at(
            slo.origin(),
            "threshold",
            Message.SLO_THRESHOLD_NOT_A_NATIVE_BOUNDARY,
            Numbers.format(slo.threshold()),
            slo.name(),
            slo.metric(),
            schema,
            Numbers.format(Math.pow(2, schema)),
            boundaries.nearest(slo.threshold())));
  }

  private static void checkBadEvents(
      SloModel slo, MetricModel metric, ValidationReport.Builder report) {
    String enumName = simpleName(slo.badType());
    List<LabelModel> labels =
        metric.labels().stream().filter(l -> l.javaType().equals(slo.badType())).toList();
    if (labels.size() != 1) {
      String enumLabels =
          metric.labels().stream()
              .filter(l -> l.kind() == LabelKind.ENUM)
              .map(l -> l.name() + " (" + simpleName(l.javaType()) + ")")
              .collect(Collectors.joining(", "));
      report.add(
          Diagnostic.at(
              slo.origin(),
              "badType",
              Message.SLO_BAD_TYPE_NOT_A_LABEL,
              slo.name(),
              enumName,
              slo.metric(),
              labels.isEmpty() ? "no" : "more than one",
              enumLabels.isEmpty() ? "none" : enumLabels));
      return;
    }
    if (slo.bad().isEmpty()) {
      report.add(
          Diagnostic.at(
              slo.origin(),
              "bad",
              Message.SLO_NO_BAD_EVENTS,
              slo.name(),
              enumName,
              slo.badTypeConstants().isEmpty() ? "..." : slo.badTypeConstants().get(0)));
    }
    for (String bad : slo.bad()) {
      if (!slo.badTypeConstants().contains(bad)) {
        report.add(
            Diagnostic.at(
                slo.origin(),
                "bad",
                Message.SLO_UNKNOWN_CONSTANT,
                bad,
                slo.name(),
                enumName,
                String.join(", ", slo.badTypeConstants())));
      }
    }
  }

  private static void checkThreshold(
      SloModel slo, MetricModel metric, ValidationReport.Builder report) {
    List<Double> bounds = metric.buckets();
    if (bounds.contains(slo.threshold())) {
      return;
    }
    Double below = null;
    Double above = null;
    for (double bound : bounds) {
      if (bound < slo.threshold()) {
        below = bound;
      } else if (above == null) {
        above = bound;
      }
    }
    String nearest;
    if (below == null) {
      nearest = Numbers.format(above) + " (the smallest)";
    } else if (above == null) {
      nearest = Numbers.format(below) + " (the largest)";
    } else {
      nearest = Numbers.format(below) + " and " + Numbers.format(above);
    }
    report.add(
        Diagnostic.at(
            slo.origin(),
            "threshold",
            Message.SLO_THRESHOLD_NOT_A_BUCKET,
            Numbers.format(slo.threshold()),
            slo.name(),
            slo.metric(),
            nearest));
  }

  private static String simpleName(String canonicalName) {
    return canonicalName.substring(canonicalName.lastIndexOf('.') + 1);
  }
}
