package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.conventions.NamingRules;
import com.mastertrade.metrics.processor.model.AnnotationNames;
import com.mastertrade.metrics.processor.model.MetricModel;
import com.mastertrade.metrics.processor.model.MetricType;
import com.mastertrade.metrics.processor.model.SchemaModel;
import java.util.Map;
import java.util.Set;

/**
 * Units are base units (Prometheus records seconds, bytes and ratios, and lets the dashboard scale
 * them), and a metric's name ends in its unit.
 */
final class UnitValidator implements SchemaValidator.Check {
  /** Scaled units and the base unit to record instead. */
  private static final Map<String, String> BASE_UNITS =
      Map.ofEntries(
          Map.entry("nanoseconds", "seconds"),
          Map.entry("microseconds", "seconds"),
          Map.entry("milliseconds", "seconds"),
          Map.entry("millis", "seconds"),
          Map.entry("ms", "seconds"),
          Map.entry("us", "seconds"),
          Map.entry("ns", "seconds"),
          Map.entry("minutes", "seconds"),
          Map.entry("hours", "seconds"),
          Map.entry("days", "seconds"),
          Map.entry("bits", "bytes"),
          Map.entry("kilobytes", "bytes"),
          Map.entry("megabytes", "bytes"),
          Map.entry("gigabytes", "bytes"),
          Map.entry("kb", "bytes"),
          Map.entry("mb", "bytes"),
          Map.entry("gb", "bytes"),
          Map.entry("percent", "ratio"),
          Map.entry("percentage", "ratio"));

  /** Singular spellings of base units, and the plural Prometheus names them by. */
  private static final Map<String, String> PLURALS =
      Map.ofEntries(
          Map.entry("second", "seconds"),
          Map.entry("sec", "seconds"),
          Map.entry("secs", "seconds"),
          Map.entry("s", "seconds"),
          Map.entry("byte", "bytes"),
          Map.entry("meter", "meters"),
          Map.entry("metre", "meters"),
          Map.entry("volt", "volts"),
          Map.entry("ampere", "amperes"),
          Map.entry("joule", "joules"),
          Map.entry("gram", "grams"),
          Map.entry("ratios", "ratio"));

  /** Unit suffixes that, found in a name, mean the metric should declare that unit. */
  private static final Set<String> SUFFIX_UNITS = Set.of("seconds", "bytes", "ratio");

  @Override
  public void check(SchemaModel schema, ValidationReport.Builder report) {
    schema
        .metrics()
        .filter(metric -> metric.written().metric() && metric.type() != null)
        .forEach(metric -> check(schema, metric, report));
  }

  private static void check(
      SchemaModel schema, MetricModel metric, ValidationReport.Builder report) {
    String unit = metric.unit();
    String local = Names.local(schema, metric);
    if (unit.isEmpty()) {
      for (String suffix : SUFFIX_UNITS) {
        if (local.endsWith("_" + suffix)) {
          report.add(at(metric, "name", Message.UNIT_UNDECLARED, local, suffix, suffix));
        }
      }
      return;
    }
    if (metric.type() == MetricType.INFO) {
      report.add(
          at(metric, "unit", Message.UNIT_NOT_ALLOWED, "info", Names.describe(metric), unit));
    } else if (!NamingRules.isWellFormedUnit(unit)) {
      report.add(at(metric, "unit", Message.INVALID_UNIT, unit));
    } else if (PLURALS.containsKey(unit)) {
      String plural = PLURALS.get(unit);
      report.add(at(metric, "unit", Message.SINGULAR_UNIT, unit, plural, plural));
    } else if (BASE_UNITS.containsKey(unit)) {
      String base = BASE_UNITS.get(unit);
      report.add(at(metric, "unit", Message.NOT_BASE_UNIT, unit, base, base));
    } else if (!local.endsWith("_" + unit)) {
      report.add(at(metric, "name", Message.UNIT_SUFFIX_MISSING, local, unit, local + "_" + unit));
    }
  }

  private static Diagnostic at(
      MetricModel metric, String attribute, Message message, Object... args) {
    return Diagnostic.on(
        metric.origin().element(), AnnotationNames.METRIC, attribute, message, args);
  }
}
