package com.mastertrade.metrics.processor.validation;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.mastertrade.metrics.processor.validation.BrokenSchemas.assertOnlyError;
import static com.mastertrade.metrics.processor.validation.BrokenSchemas.category;
import static com.mastertrade.metrics.processor.validation.BrokenSchemas.schema;

import com.google.testing.compile.Compilation;
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

  private static final String WITH_LAYOUTS =
      "@MetricsSchema(namespace = \"shop\", buckets = {\n"
          + "    @NamedBuckets(name = \"fills\", value = {0.1, 1}),\n"
          + "    @NamedBuckets(name = \"batches\", value = {1, 10})})";

  @Test
  void namedBucketsTheSchemaDoesNotDeclare() {
    assertOnlyError(
        schema(
            WITH_LAYOUTS,
            """
            @Metric(help = "Time to fill an order", unit = "seconds")
            @Buckets(named = "fill")
            HistogramRecorder fillTime();
            """),
        Message.UNKNOWN_NAMED_BUCKETS.format(FILL_TIME, "fill", "it declares batches, fills"),
        "@Buckets(named = \"fill\")");
  }

  @Test
  void namedBucketsWithoutAnyDeclared() {
    assertOnlyError(
        category(
            """
            @Metric(help = "Time to fill an order", unit = "seconds")
            @Buckets(named = "fills")
            HistogramRecorder fillTime();
            """),
        Message.UNKNOWN_NAMED_BUCKETS.format(
            FILL_TIME,
            "fills",
            "declare them in @MetricsSchema(buckets = @NamedBuckets(name = \"fills\","
                + " value = {...}))"),
        "@Buckets(named = \"fills\")");
  }

  @Test
  void namedBucketsAndExplicitBounds() {
    assertOnlyError(
        schema(
            WITH_LAYOUTS,
            """
            @Metric(help = "Time to fill an order", unit = "seconds")
            @Buckets(
                value = {0.1, 1},
                named = "fills")
            HistogramRecorder fillTime();
            """),
        Message.BUCKETS_NAMED_AND_OTHER.format(FILL_TIME, "fills", "explicit bounds"),
        "named = \"fills\"");
  }

  @Test
  void namedBucketsDeclaredTwice() {
    assertOnlyError(
        schema(
            """
            @MetricsSchema(namespace = "shop", buckets = {
                @NamedBuckets(name = "fills", value = {0.1, 1}),
                @NamedBuckets(name = "fills", value = {1, 10})})""",
            """
            @Metric(help = "Time to fill an order", unit = "seconds")
            @Buckets(named = "fills")
            HistogramRecorder fillTime();
            """),
        Message.DUPLICATE_NAMED_BUCKETS.format("fills"),
        "@NamedBuckets(name = \"fills\", value = {1, 10})");
  }

  @Test
  void namedBucketsWithoutBounds() {
    assertOnlyError(
        schema(
            "@MetricsSchema(namespace = \"shop\", buckets = @NamedBuckets(name = \"fills\","
                + " value = {}))",
            """
            @Metric(help = "Time to fill an order", unit = "seconds")
            @Buckets(named = "fills")
            HistogramRecorder fillTime();
            """),
        Message.NAMED_BUCKETS_EMPTY.format("fills"),
        "value = {}");
  }

  @Test
  void namedBucketsWithAnInfiniteBound() {
    assertOnlyError(
        schema(
            """
            @MetricsSchema(namespace = "shop", buckets = @NamedBuckets(name = "fills", value = {
                0.1,
                Double.POSITIVE_INFINITY}))""",
            """
            @Metric(help = "Time to fill an order", unit = "seconds")
            @Buckets(named = "fills")
            HistogramRecorder fillTime();
            """),
        Message.NAMED_BUCKET_NOT_FINITE.format("Infinity", "fills"),
        "Double.POSITIVE_INFINITY");
  }

  @Test
  void namedBucketsDecreasing() {
    assertOnlyError(
        schema(
            """
            @MetricsSchema(namespace = "shop", buckets = @NamedBuckets(name = "fills", value = {
                1,
                0.5}))""",
            """
            @Metric(help = "Time to fill an order", unit = "seconds")
            @Buckets(named = "fills")
            HistogramRecorder fillTime();
            """),
        Message.NAMED_BUCKETS_NOT_INCREASING.format("fills", "0.5", "1"),
        "0.5}))");
  }

  /** A histogram naming a layout gets its bounds, as if written on the method. */
  @Test
  void namedBucketsGiveTheirBounds() {
    Compilation compilation =
        BrokenSchemas.compile(
                schema(
                    WITH_LAYOUTS,
                    """
                    @Metric(help = "Time to fill an order", unit = "seconds")
                    @Buckets(named = "batches")
                    HistogramRecorder fillTime();
                    """))
            .compilation();
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("com.example.shop.PrometheusShopOrders")
        .contentsAsUtf8String()
        .contains(".classicUpperBounds(1.0, 10.0)");
  }
}
