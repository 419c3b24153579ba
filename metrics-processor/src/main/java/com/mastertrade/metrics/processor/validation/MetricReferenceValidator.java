package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.processor.declarations.DeclarationsModel;
import com.mastertrade.metrics.processor.declarations.ExpressionModel;
import com.mastertrade.metrics.processor.model.CategoryModel;
import com.mastertrade.metrics.processor.model.MetricModel;
import com.mastertrade.metrics.processor.model.MetricType;
import com.mastertrade.metrics.processor.model.SchemaModel;
import com.mastertrade.metrics.processor.promql.MetricLookup;
import com.mastertrade.metrics.processor.promql.MetricUse;
import com.mastertrade.metrics.processor.promql.Resolution;
import com.mastertrade.metrics.processor.promql.Resolutions;
import com.mastertrade.metrics.processor.promql.syntax.Reference;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every {@code {Category.method}} names a metric of the schema and a series it has; no template
 * names a schema metric directly, where a rename would go unnoticed.
 */
final class MetricReferenceValidator implements DeclarationValidator.ExpressionCheck {
  @Override
  public void check(
      SchemaModel schema,
      DeclarationsModel declarations,
      Resolutions resolutions,
      ValidationReport.Builder report) {
    MetricLookup lookup = new MetricLookup(schema);
    Set<String> recorded = resolutions.recordedSeries();
    declarations
        .expressions()
        .forEach(expr -> check(schema, lookup, recorded, expr, resolutions.of(expr), report));
  }

  private static void check(
      SchemaModel schema,
      MetricLookup lookup,
      Set<String> recorded,
      ExpressionModel expr,
      Resolution resolution,
      ValidationReport.Builder report) {
    for (String name : resolution.recordedNames()) {
      if (!recorded.contains(name)) {
        report.add(
            Diagnostic.at(
                expr.origin(),
                expr.attribute(),
                Message.UNKNOWN_RECORDED_SERIES,
                expr.what(),
                name,
                recorded.isEmpty() ? "none declared" : String.join(", ", recorded)));
      }
    }
    for (String raw : resolution.rawNames(schema.namespace() + "_")) {
      report.add(
          Diagnostic.at(
              expr.origin(), expr.attribute(), Message.RAW_METRIC_NAME, expr.what(), raw));
    }
    for (Reference reference : resolution.unknownMetrics()) {
      report.add(
          Diagnostic.at(
              expr.origin(),
              expr.attribute(),
              Message.UNKNOWN_METRIC,
              expr.what(),
              reference.written(),
              hint(lookup, reference)));
    }
    for (MetricUse use : resolution.metrics()) {
      checkSuffix(expr, use, report);
    }
  }

  private static void checkSuffix(
      ExpressionModel expr, MetricUse use, ValidationReport.Builder report) {
    MetricType type = use.metric().type();
    String suffix = use.suffix();
    boolean supported =
        switch (suffix) {
          case "" -> true;
          case "bucket" -> type == MetricType.HISTOGRAM;
          case "count", "sum" -> type == MetricType.HISTOGRAM || type == MetricType.SUMMARY;
          default -> false;
        };
    String bare = use.reference().category() + "." + use.reference().method();
    MetricModel metric = use.metric();
    if (supported && type == MetricType.HISTOGRAM && !suffix.isEmpty() && !metric.classicBuckets()) {
      // Prometheus stores a native-only histogram as one series: no _bucket, _count or _sum.
      report.add(
          Diagnostic.at(
              expr.origin(),
              expr.attribute(),
              Message.NATIVE_ONLY_SERIES_SUFFIX,
              expr.what(),
              use.written(),
              bare,
              suffix,
              nativeFunction(suffix),
              bare));
      return;
    }
    if (!supported) {
      report.add(
          Diagnostic.at(
              expr.origin(),
              expr.attribute(),
              Message.UNKNOWN_SERIES_SUFFIX,
              expr.what(),
              use.written(),
              bare,
              type.prometheusName(),
              suffix,
              "write {" + bare + "}"));
    } else if (suffix.isEmpty() && type == MetricType.HISTOGRAM && !metric.nativeHistogram()) {
      report.add(
          Diagnostic.at(
              expr.origin(),
              expr.attribute(),
              Message.BARE_HISTOGRAM,
              expr.what(),
              bare,
              bare,
              bare,
              bare));
    }
  }

  /** The function that reads a native histogram's part the suffix names. */
  private static String nativeFunction(String suffix) {
    return switch (suffix) {
      case "count" -> "histogram_count()";
      case "sum" -> "histogram_sum()";
      default -> "histogram_quantile() or histogram_fraction()";
    };
  }

  private static String hint(MetricLookup lookup, Reference reference) {
    return hint(lookup, reference.category() + "." + reference.method());
  }

  /** What {@code Category.method} could have been, when it names no metric. */
  static String hint(MetricLookup lookup, String written) {
    String categoryName =
        written.contains(".") ? written.substring(0, written.indexOf('.')) : written;
    Optional<CategoryModel> category = lookup.category(categoryName);
    if (category.isEmpty()) {
      return "there is no category "
          + categoryName
          + "; categories are "
          + String.join(", ", lookup.categoryNames());
    }
    return "the metrics of "
        + categoryName
        + " are "
        + category.get().metrics().stream()
            .map(MetricModel::methodName)
            .sorted()
            .collect(Collectors.joining(", "));
  }
}
