package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.processor.model.AnnotationNames;
import com.mastertrade.metrics.processor.model.LabelModel;
import com.mastertrade.metrics.processor.model.MetricModel;
import com.mastertrade.metrics.processor.model.SchemaModel;
import java.util.Comparator;
import java.util.stream.Collectors;

/** The worst-case series of each metric and of the whole schema stay within the budget. */
final class CardinalityValidator implements SchemaValidator.Check {
  @Override
  public void check(SchemaModel schema, ValidationReport.Builder report) {
    schema
        .metrics()
        .filter(metric -> metric.worstCaseSeries() > schema.maxSeriesPerMetric())
        .forEach(
            metric ->
                report.add(
                    Diagnostic.on(
                        metric.origin().element(),
                        AnnotationNames.METRIC,
                        null,
                        Message.METRIC_OVER_BUDGET,
                        Names.describe(metric),
                        metric.worstCaseSeries(),
                        breakdown(metric),
                        schema.maxSeriesPerMetric())));
    long total = schema.worstCaseSeries();
    if (total > schema.maxSeries()) {
      MetricModel largest =
          schema
              .metrics()
              .max(Comparator.comparingLong(MetricModel::worstCaseSeries))
              .orElseThrow();
      report.add(
          Diagnostic.on(
              schema.origin().element(),
              AnnotationNames.METRICS_SCHEMA,
              "maxSeries",
              Message.SCHEMA_OVER_BUDGET,
              schema.simpleName(),
              total,
              schema.maxSeries(),
              Names.describe(largest)
                  + " with "
                  + String.format(java.util.Locale.ROOT, "%,d", largest.worstCaseSeries())));
    }
  }

  /** For example {@code method 8 x route 65 x 17 series per combination}. */
  static String breakdown(MetricModel metric) {
    String labels =
        metric.labels().stream()
            .map(LabelModel::domainSizeDescription)
            .collect(Collectors.joining(" x "));
    String perCombination = metric.seriesPerLabelCombination() + " series per label combination";
    return labels.isEmpty() ? perCombination : labels + " x " + perCombination;
  }
}
