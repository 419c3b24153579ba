package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.conventions.NamingRules;
import com.mastertrade.metrics.processor.model.AnnotationNames;
import com.mastertrade.metrics.processor.model.CategoryModel;
import com.mastertrade.metrics.processor.model.MetricModel;
import com.mastertrade.metrics.processor.model.MetricType;
import com.mastertrade.metrics.processor.model.SchemaModel;
import java.util.Map;

/**
 * Metric name syntax and type suffixes. The rule is the classic one, not client_java's UTF-8
 * validation: dashboards, PromQL and older scrapers all assume it.
 */
final class MetricNameValidator implements SchemaValidator.Check {

  /** Suffixes the exposition derives from a metric's name, and what for. */
  private static final Map<String, String> RESERVED_SUFFIXES =
      Map.of(
          "_count", "the count series of histograms and summaries",
          "_sum", "the sum series of histograms and summaries",
          "_bucket", "the bucket series of histograms",
          "_created", "the creation time series of counters, histograms and summaries");

  @Override
  public void check(SchemaModel schema, ValidationReport.Builder report) {
    for (CategoryModel category : schema.categories()) {
      boolean validPrefix = NamingRules.isValidPrefix(category.prefix());
      category.metrics().stream()
          .filter(metric -> metric.written().metric() && metric.type() != null)
          // A name derived from a wrong prefix or unit is reported once, on the prefix or unit.
          .filter(
              metric ->
                  metric.nameDeclared()
                      || (validPrefix && NamingRules.isWellFormedUnit(metric.unit())))
          .forEach(metric -> check(schema, metric, report));
    }
  }

  private static void check(
      SchemaModel schema, MetricModel metric, ValidationReport.Builder report) {
    String local = Names.local(schema, metric);
    if (!NamingRules.isMetricName(local)) {
      report.add(at(metric, Message.INVALID_METRIC_NAME, local, Names.sanitize(local)));
      return;
    }
    for (Map.Entry<String, String> suffix :
        RESERVED_SUFFIXES.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
      if (local.endsWith(suffix.getKey())) {
        report.add(reservedSuffix(metric, local, suffix.getKey(), suffix.getValue()));
        return;
      }
    }
    if (local.endsWith("_total")) {
      report.add(
          metric.type() == MetricType.COUNTER
              ? at(metric, Message.COUNTER_TOTAL_SUFFIX, local, strip(local, "_total"))
              : reservedSuffix(metric, local, "_total", "counters"));
      return;
    }
    boolean endsInInfo = local.endsWith("_info");
    if (metric.type() == MetricType.INFO && !endsInInfo) {
      report.add(at(metric, Message.INFO_SUFFIX_MISSING, local, local + "_info"));
    } else if (metric.type() != MetricType.INFO && endsInInfo) {
      report.add(reservedSuffix(metric, local, "_info", "info metrics"));
    }
  }

  private static Diagnostic reservedSuffix(
      MetricModel metric, String local, String suffix, String reservedFor) {
    return at(
        metric,
        Message.RESERVED_SUFFIX,
        metric.type().prometheusName(),
        local,
        suffix,
        reservedFor,
        strip(local, suffix));
  }

  private static String strip(String name, String suffix) {
    return name.substring(0, name.length() - suffix.length());
  }

  private static Diagnostic at(MetricModel metric, Message message, Object... args) {
    return Diagnostic.on(metric.origin().element(), AnnotationNames.METRIC, "name", message, args);
  }
}
