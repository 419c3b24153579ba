package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.processor.declarations.DeclarationsModel;
import com.mastertrade.metrics.processor.declarations.ExpressionModel;
import com.mastertrade.metrics.processor.model.CategoryModel;
import com.mastertrade.metrics.processor.model.MetricModel;
import com.mastertrade.metrics.processor.model.MetricType;
import com.mastertrade.metrics.processor.model.SchemaModel;
import com.mastertrade.metrics.processor.promql.MetricLookup;
import com.mastertrade.metrics.processor.promql.MetricReference;
import com.mastertrade.metrics.processor.promql.PromqlTemplate;
import com.mastertrade.metrics.processor.promql.RecordedSeries;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every {@code {Category.method}} names a metric of the schema and a series it has; no template
 * names a schema metric directly, where a rename would go unnoticed.
 */
final class MetricReferenceValidator implements DeclarationValidator.Check {
  @Override
  public void check(
      SchemaModel schema, DeclarationsModel declarations, ValidationReport.Builder report) {
    MetricLookup lookup = new MetricLookup(schema);
    RecordedSeries recorded = new RecordedSeries(declarations, lookup);
    declarations.expressions().forEach(expr -> check(schema, lookup, recorded, expr, report));
  }

  private static void check(
      SchemaModel schema,
      MetricLookup lookup,
      RecordedSeries recorded,
      ExpressionModel expr,
      ValidationReport.Builder report) {
    PromqlTemplate template = PromqlTemplate.parse(expr.template());
    for (String name : template.recordedNames()) {
      if (!recorded.names().contains(name)) {
        report.add(
            Diagnostic.at(
                expr.origin(),
                expr.attribute(),
                Message.UNKNOWN_RECORDED_SERIES,
                expr.what(),
                name,
                recorded.names().isEmpty()
                    ? "none declared"
                    : String.join(", ", recorded.names())));
      }
    }
    for (String raw : template.rawNames(schema.namespace() + "_")) {
      report.add(
          Diagnostic.at(
              expr.origin(), expr.attribute(), Message.RAW_METRIC_NAME, expr.what(), raw));
    }
    for (MetricReference reference : template.references()) {
      Optional<MetricModel> metric = lookup.metric(reference);
      if (metric.isEmpty()) {
        report.add(
            Diagnostic.at(
                expr.origin(),
                expr.attribute(),
                Message.UNKNOWN_METRIC,
                expr.what(),
                reference.written(),
                hint(lookup, reference)));
        continue;
      }
      checkSuffix(expr, reference, metric.get(), report);
    }
  }

  private static void checkSuffix(
      ExpressionModel expr,
      MetricReference reference,
      MetricModel metric,
      ValidationReport.Builder report) {
    MetricType type = metric.type();
    String suffix = reference.suffix();
    boolean supported =
        switch (suffix) {
          case "" -> true;
          case "bucket" -> type == MetricType.HISTOGRAM;
          case "count", "sum" -> type == MetricType.HISTOGRAM || type == MetricType.SUMMARY;
          default -> false;
        };
    String bare = reference.category() + "." + reference.method();
    if (!supported) {
      report.add(
          Diagnostic.at(
              expr.origin(),
              expr.attribute(),
              Message.UNKNOWN_SERIES_SUFFIX,
              expr.what(),
              reference.written(),
              bare,
              type.prometheusName(),
              suffix,
              "write {" + bare + "}"));
    } else if (suffix.isEmpty() && type == MetricType.HISTOGRAM) {
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

  private static String hint(MetricLookup lookup, MetricReference reference) {
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
