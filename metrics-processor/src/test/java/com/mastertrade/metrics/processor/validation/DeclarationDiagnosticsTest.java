package com.mastertrade.metrics.processor.validation;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import com.mastertrade.metrics.processor.MetricsSchemaProcessor;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One test per diagnostic on dashboards, alerts and queries: the exact message, on the line of the
 * declaration that is wrong.
 */
class DeclarationDiagnosticsTest {
  private static final String SCHEMA =
      """
      package test;

      import com.mastertrade.metrics.annotations.*;
      import com.mastertrade.metrics.runtime.*;

      @MetricsSchema(namespace = "t")
      public interface Bad {
        enum Side { BUY, SELL }

        @Category(title = "Orders", description = "Orders.", prefix = "orders")
        interface Orders {
          @Metric(help = "Orders placed")
          CounterRecorder placed(Side side, @MaxValues(4) String symbol);

          @Metric(help = "Open orders")
          GaugeRecorder open(Side side);

          @Metric(help = "Fill time", unit = "seconds")
          @Buckets({0.1, 1})
          HistogramRecorder fillDuration();

          @Metric(help = "Order value", unit = "usd")
          @Quantiles({0.5})
          SummaryRecorder value();
        }

        @Dashboard(uid = "board", title = "Board", panels = @Panel(title = "p", expr = "up"))
        interface Board {}

      %s
      }
      """;

  private static JavaFileObject schemaWith(String declaration) {
    return JavaFileObjects.forSourceString("test.Bad", String.format(SCHEMA, declaration));
  }

  private static JavaFileObject query(String expr) {
    return schemaWith(
        "  @ExampleQueries(@Query(name = \"q\", description = \"d\",\n"
            + "      expr = \""
            + expr.replace("\"", "\\\"")
            + "\"))\n"
            + "  interface Queries {}");
  }

  private static void assertError(JavaFileObject source, String message, String line) {
    Compilation compilation =
        Compiler.javac().withProcessors(new MetricsSchemaProcessor()).compile(source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(message).inFile(source).onLineContaining(line);
  }

  @Test
  void unknownMetric() {
    assertError(
        query("sum(rate({Orders.filled}[5m]))"),
        Message.UNKNOWN_METRIC.format(
            "query 'q'",
            "Orders.filled",
            "the metrics of Orders are fillDuration, open, placed, value"),
        "{Orders.filled}");
  }

  @Test
  void unknownCategory() {
    assertError(
        query("sum(rate({Trading.ordersFilled}[5m]))"),
        Message.UNKNOWN_METRIC.format(
            "query 'q'",
            "Trading.ordersFilled",
            "there is no category Trading; categories are Orders"),
        "{Trading.ordersFilled}");
  }

  @Test
  void metricNamedDirectly() {
    assertError(
        query("sum(rate(t_orders_placed_total[5m]))"),
        Message.RAW_METRIC_NAME.format("query 'q'", "t_orders_placed_total"),
        "t_orders_placed_total");
  }

  @Test
  void undeclaredRecordedSeries() {
    assertError(
        query("job:t_orders_placed:rate5m > 1"),
        Message.UNKNOWN_RECORDED_SERIES.format(
            "query 'q'", "job:t_orders_placed:rate5m", "none declared"),
        "job:t_orders_placed:rate5m");
  }

  @Test
  void suffixTheTypeDoesNotHave() {
    assertError(
        query("sum(rate({Orders.placed:bucket}[5m]))"),
        Message.UNKNOWN_SERIES_SUFFIX.format(
            "query 'q'",
            "Orders.placed:bucket",
            "Orders.placed",
            "counter",
            "bucket",
            "write {Orders.placed}"),
        "{Orders.placed:bucket}");
  }

  @Test
  void histogramWithoutSuffix() {
    String bare = "Orders.fillDuration";
    assertError(
        query("max({Orders.fillDuration})"),
        Message.BARE_HISTOGRAM.format("query 'q'", bare, bare, bare, bare),
        "{Orders.fillDuration}");
  }

  @Test
  void unknownLabelInSelector() {
    assertError(
        query("sum({Orders.open}{status=\"5xx\"})"),
        Message.UNKNOWN_LABEL.format("query 'q'", "status", "{Orders.open}", "instance, job, side"),
        "{Orders.open}{status");
  }

  @Test
  void unknownLabelInGrouping() {
    assertError(
        query("sum by (route) (rate({Orders.placed}[5m]))"),
        Message.UNKNOWN_LABEL.format(
            "query 'q'", "route", "{Orders.placed}", "instance, job, side, symbol"),
        "sum by (route)");
  }

  @Test
  void rateOfGauge() {
    assertError(
        query("sum(rate({Orders.open}[5m]))"),
        Message.RATE_OF_NON_COUNTER.format(
            "query 'q'",
            "rate",
            "Orders.open",
            "gauge",
            "rate",
            "use the gauge's value directly, or deriv() for its slope"),
        "rate({Orders.open}");
  }

  @Test
  void quantileOfSummary() {
    assertError(
        query("histogram_quantile(0.9, {Orders.value})"),
        Message.QUANTILE_OF_NON_HISTOGRAM.format(
            "query 'q'",
            "Orders.value",
            "a summary exposes its quantiles: select {Orders.value}{quantile=\"0.99\"}"),
        "histogram_quantile(0.9");
  }

  @Test
  void derivOfCounter() {
    assertError(
        query("sum(deriv({Orders.placed}[5m]))"),
        Message.GAUGE_FUNCTION_OF_COUNTER.format("query 'q'", "deriv", "Orders.placed"),
        "deriv({Orders.placed}");
  }

  @Test
  void variableOverOpenLabel() {
    assertError(
        schemaWith(
            """
              @Dashboard(uid = "d", title = "D",
                  variables = @Variable(metric = "Orders.placed", label = "symbol"),
                  panels = @Panel(title = "P", expr = "sum({Orders.open})"))
              interface D {}
            """),
        Message.VARIABLE_LABEL_NOT_CLOSED.format("symbol", "D", "open label symbol"),
        "label = \"symbol\"");
  }

  @Test
  void panelUsesUndeclaredVariable() {
    assertError(
        schemaWith(
            """
              @Dashboard(uid = "d", title = "D",
                  panels = @Panel(title = "P",
                      expr = "sum({Orders.open}{side=~\\"$side\\"})"))
              interface D {}
            """),
        Message.UNDECLARED_VARIABLE.format("P", "side", "D", "side"),
        "$side");
  }

  @Test
  void legendPerQuery() {
    assertError(
        schemaWith(
            """
              @Dashboard(uid = "d", title = "D",
                  panels = @Panel(title = "P", expr = {"sum({Orders.open})", "max({Orders.open})"},
                      legend = {"sum"}))
              interface D {}
            """),
        Message.LEGEND_COUNT.format("P", 2, 1),
        "legend = {\"sum\"}");
  }

  @Test
  void duplicateQueryName() {
    assertError(
        schemaWith(
            """
              @ExampleQueries({
                @Query(name = "q", description = "first", expr = "sum({Orders.open})"),
                @Query(name = "q", description = "second", expr = "max({Orders.open})")
              })
              interface Queries {}
            """),
        Message.DUPLICATE_DECLARATION.format("query", "q", "query"),
        "description = \"second\"");
  }

  @Test
  void pendingForNotADuration() {
    assertError(
        schemaWith(
            """
              @AlertGroup(name = "g", alerts = @Alert(name = "A", expr = "sum({Orders.open}) > 1",
                  pendingFor = "5 minutes", severity = Severity.WARNING, summary = "s",
                  description = "d", test = @AlertTest(series = @TestSeries(
                      series = "{Orders.open}{side=\\"buy\\"}", firing = "2x20", quiet = "0x20")),
                  runbook = @Runbook(meaning = "m", causes = "c", dashboards = "board",
                      checks = @RunbookCheck(description = "d", expr = "up == 0"))))
              interface Alerts {}
            """),
        Message.INVALID_DURATION.format("5 minutes", "A"),
        "pendingFor = \"5 minutes\"");
  }

  @Test
  void testLabelNotNameValue() {
    assertError(
        schemaWith(
            """
              @AlertGroup(name = "g", alerts = @Alert(name = "A", expr = "sum({Orders.open}) > 1",
                  severity = Severity.WARNING, summary = "s", description = "d",
                  test = @AlertTest(
                      series = @TestSeries(series = "{Orders.open}{side=\\"buy\\"}",
                          firing = "2x20", quiet = "0x20"),
                      labels = "side: buy"),
                  runbook = @Runbook(meaning = "m", causes = "c", dashboards = "board",
                      checks = @RunbookCheck(description = "d", expr = "up == 0"))))
              interface Alerts {}
            """),
        Message.INVALID_TEST_LABEL.format("side: buy", "A"),
        "labels = \"side: buy\"");
  }

  @Test
  void duplicateScrapeJob() {
    assertError(
        schemaWith(
            """
              @ScrapeConfig(targets = {
                @ScrapeTarget(job = "orders", port = 8080),
                @ScrapeTarget(job = "orders", port = 8081)
              })
              interface Scrape {}
            """),
        Message.DUPLICATE_DECLARATION.format("scrape job", "orders", "scrape job"),
        "port = 8081");
  }
}
