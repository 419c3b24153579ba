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

  @Test
  void budgetThatOverflowedInt() {
    assertOnlyError(
        schema(
            "@MetricsSchema(namespace = \"shop\",\n    maxSeries = Integer.MAX_VALUE + 1)",
            """
            @Metric(help = "Orders placed")
            CounterRecorder placed(Side side);
            """),
        Message.INVALID_BUDGET.format("maxSeries", -2_147_483_648L),
        "maxSeries = Integer.MAX_VALUE + 1");
  }

  @Test
  void zeroBudgetPerMetric() {
    assertOnlyError(
        schema(
            "@MetricsSchema(namespace = \"shop\",\n    maxSeriesPerMetric = 0)",
            """
            @Metric(help = "Orders placed")
            CounterRecorder placed(Side side);
            """),
        Message.INVALID_BUDGET.format("maxSeriesPerMetric", 0L),
        "maxSeriesPerMetric = 0");
  }

  /** Recorders index label combinations with an int: a larger space cannot be registered. */
  @Test
  void boundBeyondTheLabelSpace() {
    assertOnlyError(
        schema(
            "@MetricsSchema(namespace = \"shop\", maxSeries = Long.MAX_VALUE,"
                + " maxSeriesPerMetric = Long.MAX_VALUE)",
            """
            @Metric(help = "Orders placed per symbol")
            CounterRecorder bySymbol(
                @MaxValues(Integer.MAX_VALUE) String symbol);
            """),
        Message.LABEL_SPACE_TOO_LARGE.format(
            "Orders.bySymbol()",
            2_147_483_648L,
            "symbol 2147483648 x 1 series per label combination",
            2_147_483_639L),
        "@MaxValues(Integer.MAX_VALUE)");
  }

  @Test
  void labelProductBeyondTheLabelSpace() {
    assertOnlyError(
        schema(
            "@MetricsSchema(namespace = \"shop\", maxSeries = Long.MAX_VALUE,"
                + " maxSeriesPerMetric = Long.MAX_VALUE)",
            """
            @Metric(help = "Orders placed per symbol and account")
            CounterRecorder bySymbol(
                @MaxValues(100_000) String symbol,
                @MaxValues(200_000) String account);
            """),
        Message.LABEL_SPACE_TOO_LARGE.format(
            "Orders.bySymbol()",
            20_000_300_001L,
            "symbol 100001 x account 200001 x 1 series per label combination",
            2_147_483_639L),
        "@MaxValues(200_000) String account");
  }
}
