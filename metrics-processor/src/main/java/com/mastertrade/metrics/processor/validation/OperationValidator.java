package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.processor.declarations.DeclarationsModel;
import com.mastertrade.metrics.processor.declarations.ExpressionModel;
import com.mastertrade.metrics.processor.model.MetricModel;
import com.mastertrade.metrics.processor.model.MetricType;
import com.mastertrade.metrics.processor.model.SchemaModel;
import com.mastertrade.metrics.processor.promql.MetricUse;
import com.mastertrade.metrics.processor.promql.Resolutions;
import java.util.Set;

/**
 * Functions get series they are meant for: {@code rate()} and its kin take counters (or the {@code
 * :count}/{@code :sum}/{@code :bucket} counters of a distribution), {@code histogram_quantile()}
 * takes a histogram's buckets, {@code deriv()} and its kin take gauges. Prometheus would evaluate
 * the wrong combination silently to a meaningless or empty result.
 */
final class OperationValidator implements DeclarationValidator.ExpressionCheck {
  private static final Set<String> COUNTER_FUNCTIONS =
      Set.of("rate", "irate", "increase", "resets");
  private static final Set<String> GAUGE_FUNCTIONS =
      Set.of("delta", "idelta", "deriv", "predict_linear");

  @Override
  public void check(
      SchemaModel schema,
      DeclarationsModel declarations,
      Resolutions resolutions,
      ValidationReport.Builder report) {
    declarations
        .expressions()
        .forEach(expr -> resolutions.of(expr).metrics().forEach(use -> check(expr, use, report)));
  }

  private static void check(
      ExpressionModel expr, MetricUse reference, ValidationReport.Builder report) {
    MetricModel metric = reference.metric();
    MetricType type = metric.type();
    String function = reference.innermostFunction();
    // A native histogram's own series is a counter of observations, as its _count is.
    boolean nativeSeries = type == MetricType.HISTOGRAM && reference.suffix().isEmpty();
    boolean counterSeries =
        type == MetricType.COUNTER || !reference.suffix().isEmpty() || nativeSeries;
    if (COUNTER_FUNCTIONS.contains(function) && !counterSeries) {
      report.add(
          Diagnostic.at(
              expr.origin(),
              expr.attribute(),
              Message.RATE_OF_NON_COUNTER,
              expr.what(),
              function,
              reference.written(),
              type.prometheusName(),
              function,
              rateHint(type)));
    }
    if (GAUGE_FUNCTIONS.contains(function) && counterSeries) {
      report.add(
          Diagnostic.at(
              expr.origin(),
              expr.attribute(),
              Message.GAUGE_FUNCTION_OF_COUNTER,
              expr.what(),
              function,
              reference.written()));
    }
    boolean bucket =
        type == MetricType.HISTOGRAM
            && (reference.suffix().equals("bucket")
                || (nativeSeries && metric.nativeHistogram()));
    if (reference.enclosingFunctions().contains("histogram_quantile") && !bucket) {
      report.add(
          Diagnostic.at(
              expr.origin(),
              expr.attribute(),
              Message.QUANTILE_OF_NON_HISTOGRAM,
              expr.what(),
              reference.written(),
              quantileHint(metric, reference)));
    }
  }

  private static String rateHint(MetricType type) {
    return switch (type) {
      case GAUGE -> "use the gauge's value directly, or deriv() for its slope";
      case INFO -> "an info metric is constant 1; join on it instead";
      case SUMMARY -> "rate its :count or :sum series, or read the quantile series directly";
      default -> "rate its :count or :sum series";
    };
  }

  private static String quantileHint(MetricModel metric, MetricUse reference) {
    String bare = reference.reference().category() + "." + reference.reference().method();
    if (metric.type() == MetricType.HISTOGRAM) {
      return metric.classicBuckets()
          ? "write {" + bare + ":bucket}"
          : "write {" + bare + "}, its native histogram";
    }
    if (metric.type() == MetricType.SUMMARY) {
      return "a summary exposes its quantiles: select {" + bare + "}{quantile=\"0.99\"}";
    }
    return "only histograms have buckets; declare " + bare + " as a HistogramRecorder";
  }
}
