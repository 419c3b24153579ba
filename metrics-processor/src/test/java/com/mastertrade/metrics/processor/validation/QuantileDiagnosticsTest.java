package com.mastertrade.metrics.processor.validation;

import static com.mastertrade.metrics.processor.validation.BrokenSchemas.assertOnlyError;
import static com.mastertrade.metrics.processor.validation.BrokenSchemas.category;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Summary quantiles lie in (0, 1) and strictly increase over a window; only summaries have any. */
class QuantileDiagnosticsTest {
  private static final String VALUE = "Orders.value()";

  @Test
  void quantilesOnHistogram() {
    assertOnlyError(
        category(
            """
            @Metric(help = "Order value", unit = "usd")
            @Buckets({10, 100})
            @Quantiles({0.5, 0.99})
            HistogramRecorder value();
            """),
        Message.QUANTILES_ON_NON_SUMMARY.format("Orders.value()", "histogram"),
        "@Quantiles({0.5, 0.99})");
  }

  @ParameterizedTest
  @CsvSource({"0.0, 0", "1.0, 1", "1.5, 1.5", "-0.5, -0.5"})
  void quantileOutOfRange(String written, String reported) {
    assertOnlyError(
        category(
            """
            @Metric(help = "Order value", unit = "usd")
            @Quantiles({
              0.25,
              %s
            })
            SummaryRecorder value();
            """
                .formatted(written)),
        Message.QUANTILE_OUT_OF_RANGE.format(reported, VALUE),
        "  " + written);
  }

  @Test
  void decreasingQuantile() {
    assertOnlyError(
        category(
            """
            @Metric(help = "Order value", unit = "usd")
            @Quantiles({
              0.9,
              0.5
            })
            SummaryRecorder value();
            """),
        Message.QUANTILES_NOT_INCREASING.format(VALUE, "0.5", "0.9"),
        "0.5");
  }

  @Test
  void maxAgeBelowOneSecond() {
    assertOnlyError(
        category(
            """
            @Metric(help = "Order value", unit = "usd")
            @Quantiles(
                value = {0.5, 0.99},
                maxAgeSeconds = 0)
            SummaryRecorder value();
            """),
        Message.INVALID_MAX_AGE.format(VALUE, 0L),
        "maxAgeSeconds = 0");
  }

  @Test
  void summaryWithoutQuantiles() {
    assertOnlyError(
        category(
            """
            @Metric(help = "Order value", unit = "usd")
            SummaryRecorder value();
            """),
        Message.MISSING_QUANTILES.format("Orders.value()"),
        "SummaryRecorder value();");
  }

  @Test
  void emptyQuantiles() {
    assertOnlyError(
        category(
            """
            @Metric(help = "Order value", unit = "usd")
            @Quantiles({})
            SummaryRecorder value();
            """),
        Message.QUANTILES_EMPTY.format("Orders.value()"),
        "@Quantiles({})");
  }
}
