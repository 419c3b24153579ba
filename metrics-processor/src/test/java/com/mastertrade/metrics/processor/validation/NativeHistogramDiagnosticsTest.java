package com.mastertrade.metrics.processor.validation;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.mastertrade.metrics.processor.validation.BrokenSchemas.assertOnlyError;
import static com.mastertrade.metrics.processor.validation.BrokenSchemas.category;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import com.mastertrade.metrics.processor.MetricsSchemaProcessor;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Histogram kinds: native parameters in range and only where a native histogram is kept, no
 * classic bounds on a native-only histogram, and templates that use the series each kind has: the
 * native histogram's own series, the classic {@code _bucket}, {@code _count} and {@code _sum}.
 */
class NativeHistogramDiagnosticsTest {
  private static final String FILL_TIME = "Orders.fillTime()";

  private static final String SCHEMA =
      """
      package test;

      import com.mastertrade.metrics.annotations.*;
      import com.mastertrade.metrics.runtime.*;

      @MetricsSchema(namespace = "t")
      public interface Native {
        @Category(title = "Orders", description = "Orders.", prefix = "orders")
        interface Orders {
          @Metric(help = "Fill time", unit = "seconds")
          @Buckets(kind = HistogramKind.NATIVE, nativeInitialSchema = 3)
          HistogramRecorder fillDuration();

          @Metric(help = "Match time", unit = "seconds")
          @Buckets(value = {0.1, 1}, kind = HistogramKind.BOTH, nativeMaxBuckets = 100)
          HistogramRecorder matchDuration();
        }

      %s
      }
      """;

  private static JavaFileObject query(String expr) {
    return JavaFileObjects.forSourceString(
        "test.Native",
        String.format(
            SCHEMA,
            "  @ExampleQueries(@Query(name = \"q\", description = \"d\",\n"
                + "      expr = \""
                + expr.replace("\"", "\\\"")
                + "\"))\n"
                + "  interface Queries {}"));
  }

  private static Compilation compile(JavaFileObject source) {
    return Compiler.javac().withProcessors(new MetricsSchemaProcessor()).compile(source);
  }

  @Test
  void nativeOnlyWithClassicBounds() {
    assertOnlyError(
        category(
            """
            @Metric(help = "Time to fill an order", unit = "seconds")
            @Buckets(value = {0.1, 1}, kind = HistogramKind.NATIVE)
            HistogramRecorder fillTime();
            """),
        Message.NATIVE_HISTOGRAM_WITH_BOUNDS.format(FILL_TIME, "bounds"),
        "@Buckets(value = {0.1, 1}, kind = HistogramKind.NATIVE)");
  }

  @Test
  void nativeParameterOnAClassicHistogram() {
    assertOnlyError(
        category(
            """
            @Metric(help = "Time to fill an order", unit = "seconds")
            @Buckets(value = {0.1, 1},
                nativeMaxBuckets = 100)
            HistogramRecorder fillTime();
            """),
        Message.NATIVE_PARAMETER_ON_CLASSIC.format(FILL_TIME, "nativeMaxBuckets"),
        "nativeMaxBuckets = 100");
  }

  @Test
  void nativeSchemaOutOfRange() {
    assertOnlyError(
        category(
            """
            @Metric(help = "Time to fill an order", unit = "seconds")
            @Buckets(kind = HistogramKind.NATIVE,
                nativeInitialSchema = 9)
            HistogramRecorder fillTime();
            """),
        Message.NATIVE_SCHEMA_OUT_OF_RANGE.format(9, FILL_TIME),
        "nativeInitialSchema = 9");
  }

  @Test
  void negativeNativeBucketLimit() {
    assertOnlyError(
        category(
            """
            @Metric(help = "Time to fill an order", unit = "seconds")
            @Buckets(value = {0.1, 1}, kind = HistogramKind.BOTH,
                nativeMaxBuckets = -1)
            HistogramRecorder fillTime();
            """),
        Message.NATIVE_MAX_BUCKETS_NEGATIVE.format(-1, FILL_TIME),
        "nativeMaxBuckets = -1");
  }

  @Test
  void bucketsOfANativeOnlyHistogram() {
    JavaFileObject source =
        query("histogram_quantile(0.9, sum by (le) (rate({Orders.fillDuration:bucket}[5m])))");
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            Message.NATIVE_ONLY_SERIES_SUFFIX.format(
                "query 'q'",
                "Orders.fillDuration:bucket",
                "Orders.fillDuration",
                "bucket",
                "histogram_quantile() or histogram_fraction()",
                "Orders.fillDuration"))
        .inFile(source)
        .onLineContaining("expr = ");
  }

  @Test
  void nativeFunctionsOnTheNativeSeriesAndClassicOnesOnBoth() {
    for (String expr :
        new String[] {
          "histogram_quantile(0.9, sum(rate({Orders.fillDuration}[5m])))",
          "histogram_fraction(0, 0.25, sum(rate({Orders.fillDuration}[5m])))",
          "histogram_count(rate({Orders.matchDuration}[5m]))",
          "histogram_quantile(0.9, sum by (le) (rate({Orders.matchDuration:bucket}[5m])))",
          "sum(rate({Orders.matchDuration:count}[5m]))"
        }) {
      assertThat(compile(query(expr))).succeededWithoutWarnings();
    }
  }
}
