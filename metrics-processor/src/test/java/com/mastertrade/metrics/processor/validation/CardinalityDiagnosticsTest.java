package com.mastertrade.metrics.processor.validation;

import static com.google.common.truth.Truth.assertThat;
import static com.mastertrade.metrics.processor.validation.BrokenSchemas.assertOnlyError;
import static com.mastertrade.metrics.processor.validation.BrokenSchemas.category;
import static com.mastertrade.metrics.processor.validation.BrokenSchemas.schema;

import org.junit.jupiter.api.Test;

/** The worst-case number of series, of one metric and of the schema, stays within the budget. */
class CardinalityDiagnosticsTest {
  @Test
  void metricOverDefaultBudget() {
    String expected =
        Message.METRIC_OVER_BUDGET.format(
            "Orders.placed()",
            10_002L,
            "side 2 x symbol 5001 x 1 series per label combination",
            5_000L);
    assertThat(expected).contains("can expose 10,002 series at worst");

    assertOnlyError(
        category(
            """
            @Metric(help = "Orders placed")
            CounterRecorder placed(
                Side side,
                @MaxValues(5000) String symbol);
            """),
        expected,
        "@Metric(help = \"Orders placed\")");
  }

  @Test
  void histogramOverDeclaredBudget() {
    // 2 sides x 2 paper values x (14 buckets + Inf + count + sum).
    assertOnlyError(
        schema(
            "@MetricsSchema(namespace = \"shop\", maxSeriesPerMetric = 50)",
            """
            @Metric(help = "Time to fill an order", unit = "seconds")
            @Buckets(preset = BucketPreset.HTTP_LATENCY)
            HistogramRecorder fillTime(Side side, boolean paper);
            """),
        Message.METRIC_OVER_BUDGET.format(
            "Orders.fillTime()", 68L, "side 2 x paper 2 x 17 series per label combination", 50L),
        "@Metric(help = \"Time to fill an order\", unit = \"seconds\")");
  }

  @Test
  void schemaOverBudget() {
    // 2 + 2 x 11 series, and 1 more for the label overflow counter of the open label.
    assertOnlyError(
        schema(
            """
            @MetricsSchema(
                namespace = "shop",
                maxSeries = 20)\
            """,
            """
            @Metric(help = "Orders placed")
            CounterRecorder placed(Side side);

            @Metric(help = "Orders placed per symbol")
            CounterRecorder bySymbol(Side side, @MaxValues(10) String symbol);
            """),
        Message.SCHEMA_OVER_BUDGET.format("Shop", 25L, 20L, "Orders.bySymbol() with 22"),
        "maxSeries = 20");
  }
}
