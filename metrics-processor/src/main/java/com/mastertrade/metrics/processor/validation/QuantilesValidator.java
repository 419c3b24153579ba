package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.processor.model.AnnotationNames;
import com.mastertrade.metrics.processor.model.MetricModel;
import com.mastertrade.metrics.processor.model.MetricType;
import com.mastertrade.metrics.processor.model.Numbers;
import com.mastertrade.metrics.processor.model.SchemaModel;
import java.util.List;

/**
 * Summaries declare quantiles, at least one, in (0, 1) and strictly increasing; only summaries have
 * them.
 */
final class QuantilesValidator implements SchemaValidator.Check {
  @Override
  public void check(SchemaModel schema, ValidationReport.Builder report) {
    schema
        .metrics()
        .filter(metric -> metric.written().metric() && metric.type() != null)
        .forEach(metric -> check(metric, report));
  }

  private static void check(MetricModel metric, ValidationReport.Builder report) {
    String described = Names.describe(metric);
    if (!metric.written().quantiles()) {
      if (metric.type() == MetricType.SUMMARY) {
        // A missing annotation: point at the method that needs it.
        report.add(Diagnostic.on(metric.origin().element(), Message.MISSING_QUANTILES, described));
      }
      return;
    }
    if (metric.type() != MetricType.SUMMARY) {
      report.add(
          at(
              metric,
              null,
              Message.QUANTILES_ON_NON_SUMMARY,
              described,
              metric.type().prometheusName()));
      return;
    }
    List<Double> quantiles = metric.quantiles();
    if (quantiles.isEmpty()) {
      report.add(at(metric, "value", Message.QUANTILES_EMPTY, described));
      return;
    }
    for (int i = 0; i < quantiles.size(); i++) {
      double quantile = quantiles.get(i);
      if (!(quantile > 0 && quantile < 1)) {
        report.add(
            atQuantile(
                metric, i, Message.QUANTILE_OUT_OF_RANGE, Numbers.format(quantile), described));
        return;
      }
      if (i > 0 && quantile <= quantiles.get(i - 1)) {
        report.add(
            atQuantile(
                metric,
                i,
                Message.QUANTILES_NOT_INCREASING,
                described,
                Numbers.format(quantile),
                Numbers.format(quantiles.get(i - 1))));
        return;
      }
    }
    if (metric.quantileMaxAgeSeconds() < 1) {
      report.add(
          at(
              metric,
              "maxAgeSeconds",
              Message.INVALID_MAX_AGE,
              described,
              metric.quantileMaxAgeSeconds()));
    }
  }

  private static Diagnostic atQuantile(
      MetricModel metric, int index, Message message, Object... args) {
    return Diagnostic.onArrayElement(
        metric.origin().element(), AnnotationNames.QUANTILES, "value", index, message, args);
  }

  private static Diagnostic at(
      MetricModel metric, String attribute, Message message, Object... args) {
    return Diagnostic.on(
        metric.origin().element(), AnnotationNames.QUANTILES, attribute, message, args);
  }
}
