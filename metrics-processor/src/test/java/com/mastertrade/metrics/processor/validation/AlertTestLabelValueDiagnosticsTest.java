package com.mastertrade.metrics.processor.validation;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.mastertrade.metrics.processor.MetricsSchemaProcessor;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * An alert test that expects a label value the alert cannot carry: the label comes from the series
 * the expression selects, and none of the test's series it selects has that value. The exact
 * message, on the test; where the value is written by the expression itself, nothing is said.
 */
class AlertTestLabelValueDiagnosticsTest {

  @Test
  void expectedValuesTheSeriesHaveCompile() {
    assertThat(compile("max by (job, side) ({Orders.open}) > 5", "\"job=shop\", \"side=buy\""))
        .succeededWithoutWarnings();
  }

  @Test
  void aJobNoSeriesOfTheTestHas() {
    assertError(
        compile("{Orders.open} > 5", "\"job=shopp\", \"instance=a:1\", \"side=buy\""),
        Message.TEST_LABEL_VALUE_NOT_IN_SERIES.format(
            "TooManyOpen", "job", "shopp", "job", "job=\"shop\""),
        "labels = {\"job=shopp\"");
  }

  @Test
  void aValueCarriedThroughAnAggregation() {
    // Both series are selected, so both values are offered; neither is "hold".
    assertError(
        compile("max by (side) ({Orders.open}) > 5", "\"side=hold\""),
        Message.TEST_LABEL_VALUE_NOT_IN_SERIES.format(
            "TooManyOpen", "side", "hold", "side", "side=\"buy\", side=\"sell\""),
        "labels = {\"side=hold\"");
  }

  @Test
  void aValueOfTheSeriesTheSelectorSelects() {
    // side="sell" is a value of the test, but not of the series {side="buy"} selects.
    assertError(
        compile("max by (side) ({Orders.open}{side=\\\"buy\\\"}) > 5", "\"side=sell\""),
        Message.TEST_LABEL_VALUE_NOT_IN_SERIES.format(
            "TooManyOpen", "side", "sell", "side", "side=\"buy\""),
        "labels = {\"side=sell\"");
  }

  @Test
  void aValueTheExpressionWritesIsNotJudged() {
    assertThat(
            compile(
                "max by (job) (label_replace({Orders.open}, \\\"job\\\", \\\"orders\\\", \\\"\\\","
                    + " \\\"\\\")) > 5",
                "\"job=orders\""))
        .succeededWithoutWarnings();
  }

  private static Compilation compile(String expr, String labels) {
    return Compiler.javac()
        .withProcessors(new MetricsSchemaProcessor())
        .compile(AlertTestLabelSchema.source(expr, labels));
  }

  private static void assertError(Compilation compilation, String message, String line) {
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    JavaFileObject source = compilation.sourceFiles().get(0);
    assertThat(compilation).hadErrorContaining(message).inFile(source).onLineContaining(line);
    assertThat(compilation.errors().get(0).getMessage(Locale.ROOT)).isEqualTo(message);
  }
}
