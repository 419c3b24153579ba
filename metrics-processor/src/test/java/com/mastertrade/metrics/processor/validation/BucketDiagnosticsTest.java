package com.mastertrade.metrics.processor.validation;

import static com.mastertrade.metrics.processor.validation.BrokenSchemas.assertOnlyError;
import static com.mastertrade.metrics.processor.validation.BrokenSchemas.category;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Histograms have buckets, given once, finite and strictly increasing; nothing else has any. */
class BucketDiagnosticsTest {
  private static final String FILL_TIME = "Orders.fillTime()";

  @Test
  void histogramWithoutBuckets() {
    assertOnlyError(
        category(
            """
            @Metric(help = "Time to fill an order", unit = "seconds")
            HistogramRecorder fillTime();
            """),
        Message.MISSING_BUCKETS.format(FILL_TIME),
        "HistogramRecorder fillTime();");
  }

  @Test
  void presetAndBounds() {
    assertOnlyError(
        category(
            """
            @Metric(help = "Time to fill an order", unit = "seconds")
            @Buckets(
                value = {0.1, 1},
                preset = BucketPreset.HTTP_LATENCY)
            HistogramRecorder fillTime();
            """),
        Message.BUCKETS_PRESET_AND_VALUES.format(FILL_TIME),
        "preset = BucketPreset.HTTP_LATENCY");
  }

  @ParameterizedTest
  @ValueSource(strings = {"@Buckets({})", "@Buckets(preset = BucketPreset.NONE)"})
  void noBounds(String buckets) {
    assertOnlyError(
        category(
            """
            @Metric(help = "Time to fill an order", unit = "seconds")
            %s
            HistogramRecorder fillTime();
            """
                .formatted(buckets)),
        Message.BUCKETS_EMPTY.format(FILL_TIME),
        buckets);
  }

  @Test
  void infiniteBound() {
    assertOnlyError(
        category(
            """
            @Metric(help = "Time to fill an order", unit = "seconds")
            @Buckets({
              0.1,
              1,
              Double.POSITIVE_INFINITY
            })
            HistogramRecorder fillTime();
            """),
        Message.BUCKET_NOT_FINITE.format("Infinity", FILL_TIME),
        "Double.POSITIVE_INFINITY");
  }

  @Test
  void decreasingBound() {
    assertOnlyError(
        category(
            """
            @Metric(help = "Time to fill an order", unit = "seconds")
            @Buckets({
              0.1,
              1,
              0.5
            })
            HistogramRecorder fillTime();
            """),
        Message.BUCKETS_NOT_INCREASING.format(FILL_TIME, "0.5", "1"),
        "0.5");
  }

  @Test
  void repeatedBound() {
    assertOnlyError(
        category(
            """
            @Metric(help = "Time to fill an order", unit = "seconds")
            @Buckets({0.1, 1, 1})
            HistogramRecorder fillTime();
            """),
        Message.BUCKETS_NOT_INCREASING.format(FILL_TIME, "1", "1"),
        "@Buckets({0.1, 1, 1})");
  }

  @Test
  void bucketsOnGauge() {
    assertOnlyError(
        category(
            """
            @Metric(help = "When the last order was filled", unit = "seconds")
            @Buckets(preset = BucketPreset.HTTP_LATENCY)
            GaugeRecorder lastFill();
            """),
        Message.BUCKETS_ON_NON_HISTOGRAM.format("Orders.lastFill()", "gauge"),
        "@Buckets(preset = BucketPreset.HTTP_LATENCY)");
  }
}
