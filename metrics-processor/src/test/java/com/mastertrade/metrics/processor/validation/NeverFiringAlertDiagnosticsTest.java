package com.mastertrade.metrics.processor.validation;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import com.mastertrade.metrics.processor.MetricsSchemaProcessor;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * An alert whose test expects it to fire when its expression cannot have a result: empty whatever
 * is scraped (reported on the expression), or empty for the test's own series at the minute the
 * test evaluates it (reported on the test). The exact message, on the attribute's line.
 */
class NeverFiringAlertDiagnosticsTest {
  private static final String SCHEMA =
      """
      package test;

      import com.mastertrade.metrics.annotations.*;
      import com.mastertrade.metrics.runtime.*;

      @MetricsSchema(namespace = "t")
      public interface Bad {
        @Category(title = "Orders", description = "Orders.", prefix = "orders")
        interface Orders {
          @Metric(help = "Open orders")
          GaugeRecorder open();
        }

        @Dashboard(uid = "board", title = "Board", panels = @Panel(title = "p", expr = "up"))
        interface Board {}

        @AlertGroup(name = "g", alerts = @Alert(name = "TooManyOpen",
            expr = "%s", pendingFor = "%s",
            severity = Severity.WARNING, summary = "s", description = "d",
            test = @AlertTest(series = @TestSeries(series = "{Orders.open}{job=\\"shop\\"}",
                firing = "%s", quiet = "0x30")),
            runbook = @Runbook(meaning = "m", causes = "c", dashboards = "board",
                checks = @RunbookCheck(description = "d", expr = "{Orders.open}"))))
        interface Alerts {}
      }
      """;

  @Test
  void aTestThatFiresCompiles() {
    Compilation compilation = compile("{Orders.open} > 5 and absent(up)", "5m", "10x30");
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void aComparisonNoValueMeets() {
    assertError(
        compile("{Orders.open} > 5 and vector(0) > 1", "0s", "10x30"),
        Message.NEVER_FIRING_ALERT.format(
            "TooManyOpen", "vector(0) > 1",
            "its left side is 0 and its right side 1, so > never holds"),
        "vector(0) > 1\", pendingFor");
  }

  @Test
  void absentOfASeriesTheTestProvides() {
    assertError(
        compile("absent({Orders.open})", "0s", "10x30"),
        Message.TEST_NEVER_FIRES.format(
            "TooManyOpen", 10, "absent({Orders.open})",
            "its argument {Orders.open} has a sample of the test's series then"),
        "test = @AlertTest(series");
  }

  @Test
  void firingValuesThatDoNotMeetTheThreshold() {
    assertError(
        compile("max({Orders.open}) > 50", "5m", "0+1x30"),
        Message.TEST_NEVER_FIRES.format(
            "TooManyOpen", 15, "max({Orders.open}) > 50",
            "its left side is 15 and its right side 50, so > never holds"),
        "test = @AlertTest(series");
  }

  @Test
  void aSelectorNoSeriesOfTheTestMatches() {
    assertError(
        compile("{Orders.open}{job=\\\"shop2\\\"} > 5", "0s", "10x30"),
        Message.TEST_NEVER_FIRES.format(
            "TooManyOpen", 10, "{Orders.open}{job=\"shop2\"}",
            "no series of the test matches it"),
        "test = @AlertTest(series");
  }

  private static JavaFileObject source(String expr, String pendingFor, String firing) {
    return JavaFileObjects.forSourceString(
        "test.Bad", String.format(SCHEMA, expr, pendingFor, firing));
  }

  private static Compilation compile(String expr, String pendingFor, String firing) {
    return Compiler.javac()
        .withProcessors(new MetricsSchemaProcessor())
        .compile(source(expr, pendingFor, firing));
  }

  private static void assertError(Compilation compilation, String message, String line) {
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    JavaFileObject source = compilation.sourceFiles().get(0);
    assertThat(compilation).hadErrorContaining(message).inFile(source).onLineContaining(line);
    assertThat(compilation.errors().get(0).getMessage(Locale.ROOT)).isEqualTo(message);
  }
}
