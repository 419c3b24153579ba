package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.annotations.MetricsSchema;
import com.mastertrade.metrics.processor.model.AnnotationNames;
import com.mastertrade.metrics.processor.model.LabelKind;
import com.mastertrade.metrics.processor.model.LabelModel;
import com.mastertrade.metrics.processor.model.MetricModel;
import com.mastertrade.metrics.processor.model.SchemaModel;
import java.math.BigInteger;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The budgets are positive, every metric's label combinations fit the label space its recorders
 * index, and the worst-case series of each metric and of the whole schema stay within the budget.
 * Counts are exact ({@link BigInteger}): a saturated count would pass a budget of {@code
 * Long.MAX_VALUE}.
 */
final class CardinalityValidator implements SchemaValidator.Check {
  private static final BigInteger LABEL_SPACE_LIMIT =
      BigInteger.valueOf(MetricsSchema.MAX_LABEL_COMBINATIONS);

  @Override
  public void check(SchemaModel schema, ValidationReport.Builder report) {
    boolean perMetricBudget =
        positive(schema, "maxSeriesPerMetric", schema.maxSeriesPerMetric(), report);
    boolean schemaBudget = positive(schema, "maxSeries", schema.maxSeries(), report);
    BigInteger perMetric = BigInteger.valueOf(schema.maxSeriesPerMetric());
    schema
        .metrics()
        .filter(metric -> metric.written().metric() && metric.type() != null)
        .forEach(
            metric -> {
              if (metric.labelCombinations().compareTo(LABEL_SPACE_LIMIT) > 0) {
                report.add(labelSpaceTooLarge(metric));
              } else if (perMetricBudget && metric.worstCaseSeries().compareTo(perMetric) > 0) {
                report.add(
                    Diagnostic.on(
                        metric.origin().element(),
                        AnnotationNames.METRIC,
                        null,
                        Message.METRIC_OVER_BUDGET,
                        Names.describe(metric),
                        metric.worstCaseSeries(),
                        breakdown(metric),
                        schema.maxSeriesPerMetric()));
              }
            });
    BigInteger total = schema.worstCaseSeries();
    if (schemaBudget && total.compareTo(BigInteger.valueOf(schema.maxSeries())) > 0) {
      MetricModel largest =
          schema.metrics().max(Comparator.comparing(MetricModel::worstCaseSeries)).orElseThrow();
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
                  + String.format(Locale.ROOT, "%,d", largest.worstCaseSeries())));
    }
  }

  private static boolean positive(
      SchemaModel schema, String attribute, long budget, ValidationReport.Builder report) {
    if (budget > 0) {
      return true;
    }
    report.add(
        Diagnostic.on(
            schema.origin().element(),
            AnnotationNames.METRICS_SCHEMA,
            attribute,
            Message.INVALID_BUDGET,
            attribute,
            budget));
    return false;
  }

  /** On the widest open label's bound if there is one: that is what to lower. */
  private static Diagnostic labelSpaceTooLarge(MetricModel metric) {
    Object[] args = {
      Names.describe(metric),
      metric.labelCombinations(),
      breakdown(metric),
      MetricsSchema.MAX_LABEL_COMBINATIONS
    };
    Optional<LabelModel> widest =
        metric.labels().stream()
            .filter(label -> label.kind() == LabelKind.OPEN && label.bounded())
            .max(Comparator.comparingLong(LabelModel::domainSize));
    return widest
        .map(
            label ->
                Diagnostic.on(
                    label.origin().element(),
                    AnnotationNames.MAX_VALUES,
                    "value",
                    Message.LABEL_SPACE_TOO_LARGE,
                    args))
        .orElseGet(
            () ->
                Diagnostic.on(
                    metric.origin().element(),
                    AnnotationNames.METRIC,
                    null,
                    Message.LABEL_SPACE_TOO_LARGE,
                    args));
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
