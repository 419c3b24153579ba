package com.mastertrade.metrics.processor.validation;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import com.mastertrade.metrics.processor.MetricsSchemaProcessor;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Declarations whose strings and numbers do not fit the format they land in: Grafana's uids, titles
 * and grid, promtool's rule names, durations, templates and series notation, Prometheus' scrape
 * targets. Each is one error, on the line of the value.
 */
class DeclarationFormatDiagnosticsTest {
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
          @Metric(help = "Open orders")
          GaugeRecorder open(Side side);
        }

      %s
      }
      """;

  private static JavaFileObject schemaWith(String declaration) {
    return JavaFileObjects.forSourceString("test.Bad", String.format(SCHEMA, declaration));
  }

  /** An alert group with one alert; {@code alert} is written inside {@code @Alert(...)}. */
  private static JavaFileObject alert(String alert) {
    return schemaWith(
        """
          @AlertGroup(name = "g", alerts = @Alert(name = "A", expr = "sum({Orders.open}) > 1",
              severity = Severity.WARNING,
              runbook = @Runbook(meaning = "m", causes = "c", dashboards = "board",
                  checks = @RunbookCheck(description = "d", expr = "up == 0")),
        %s))
          interface Alerts {}

          @Dashboard(uid = "board", title = "Board", panels = @Panel(title = "p", expr = "up"))
          interface Board {}
        """
            .formatted(alert.indent(6).stripTrailing()));
  }

  private static final String TEST =
      "test = @AlertTest(series = @TestSeries(series = \"{Orders.open}{side=\\\"buy\\\"}\",\n"
          + "    firing = \"2x20\", quiet = \"0x20\"))";

  private static void assertError(JavaFileObject source, String message, String line) {
    Compilation compilation =
        Compiler.javac().withProcessors(new MetricsSchemaProcessor()).compile(source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(message).inFile(source).onLineContaining(line);
  }

  private static JavaFileObject dashboard(String attributes, String panel) {
    return schemaWith(
        """
          @Dashboard(%s,
              panels = @Panel(%s, expr = "sum({Orders.open})"))
          interface D {}
        """
            .formatted(attributes, panel));
  }

  @Test
  void uidThatIsAPath() {
    assertError(
        dashboard("uid = \"../orders\", title = \"Orders\"", "title = \"Open\""),
        Message.INVALID_DASHBOARD_UID.format("../orders", "orders"),
        "uid = \"../orders\"");
  }

  @Test
  void uidLongerThanGrafanaAllows() {
    String uid = "o".repeat(41);
    assertError(
        dashboard("uid = \"" + uid + "\", title = \"Orders\"", "title = \"Open\""),
        Message.INVALID_DASHBOARD_UID.format(uid, "o".repeat(40)),
        "uid = \"" + uid + "\"");
  }

  @Test
  void emptyDashboardTitle() {
    assertError(
        dashboard("uid = \"orders\", title = \" \"", "title = \"Open\""),
        Message.EMPTY_TITLE.format("dashboard 'orders'"),
        "title = \" \"");
  }

  @Test
  void panelTitleWithALineBreak() {
    assertError(
        dashboard("uid = \"orders\", title = \"Orders\"", "title = \"Open\\n# orders\""),
        Message.LINE_BREAK.format(
            "the title",
            "a panel of dashboard 'orders'",
            "a Grafana title and a table cell of the docs"),
        "title = \"Open\\n# orders\"");
  }

  @Test
  void panelWiderThanTheGrid() {
    assertError(
        dashboard("uid = \"orders\", title = \"Orders\"", "title = \"Open\", width = 25"),
        Message.PANEL_SIZE.format("Open", "width", 25),
        "width = 25");
  }

  @Test
  void panelOfNegativeHeight() {
    assertError(
        dashboard("uid = \"orders\", title = \"Orders\"", "title = \"Open\", height = -5"),
        Message.PANEL_SIZE.format("Open", "height", -5),
        "height = -5");
  }

  @Test
  void recordNameThatIsNoMetricName() {
    assertError(
        schemaWith(
            """
              @AlertGroup(name = "g",
                  records = @RecordingRule(record = "open orders", expr = "sum({Orders.open})"),
                  alerts = {})
              interface Alerts {}
            """),
        Message.INVALID_RECORD_NAME.format("open orders", "open_orders"),
        "record = \"open orders\"");
  }

  @Test
  void groupNameThatIsAPath() {
    assertError(
        schemaWith(
            """
              @AlertGroup(name = "../g", alerts = {})
              interface Alerts {}
            """),
        Message.INVALID_GROUP_NAME.format("../g", "g"),
        "name = \"../g\"");
  }

  @Test
  void unclosedTemplate() {
    assertError(
        alert("summary = \"{{ $labels.job is down\", description = \"d\",\n" + TEST),
        Message.INVALID_TEMPLATE.format("summary", "A", "the {{ at column 1 is not closed by }}"),
        "summary = \"{{ $labels.job is down\"");
  }

  @Test
  void templateCallingAnUndefinedFunction() {
    assertError(
        alert("summary = \"s\", description = \"{{ $labels.job is down }}\",\n" + TEST),
        Message.INVALID_TEMPLATE.format(
            "description", "A", "function \"is\" is not defined (column 1)"),
        "description = \"{{ $labels.job is down }}\"");
  }

  @Test
  void templateTheRuleTestCannotRender() {
    assertError(
        alert("summary = \"at {{ $value | humanize }}\", description = \"d\",\n" + TEST),
        Message.UNTESTABLE_TEMPLATE.format("summary", "A", "{{ $value | humanize }}"),
        "summary = \"at {{ $value | humanize }}\"");
  }

  @Test
  void testSeriesPromtoolCannotRead() {
    assertError(
        alert(
            """
            summary = "s", description = "d",
            test = @AlertTest(series = @TestSeries(series = "{Orders.open}{side=\\"buy\\"}",
                firing = "2x20", quiet = "0 1+1x"))"""),
        Message.INVALID_TEST_SERIES.format("quiet", "0 1+1x", "A", "1+1x"),
        "quiet = \"0 1+1x\"");
  }

  @Test
  void firingSeriesEndingBeforeTheEvaluation() {
    assertError(
        alert(
            """
            summary = "s", description = "d", pendingFor = "30m",
            test = @AlertTest(series = @TestSeries(series = "{Orders.open}{side=\\"buy\\"}",
                firing = "2x20", quiet = "0x20"))"""),
        Message.TEST_SERIES_TOO_SHORT.format("2x20", "A", 21L, "A", 40L, 41L),
        "firing = \"2x20\"");
  }

  @Test
  void scrapeIntervalThatIsNoDuration() {
    assertError(
        schemaWith(
            """
              @ScrapeConfig(scrapeInterval = "fast",
                  targets = @ScrapeTarget(job = "orders", port = 8080))
              interface Scrape {}
            """),
        Message.INVALID_SCRAPE_INTERVAL.format("scrapeInterval", "fast"),
        "scrapeInterval = \"fast\"");
  }

  @Test
  void durationWithUnitsOutOfOrder() {
    assertError(
        schemaWith(
            """
              @ScrapeConfig(evaluationInterval = "1m1h",
                  targets = @ScrapeTarget(job = "orders", port = 8080))
              interface Scrape {}
            """),
        Message.INVALID_SCRAPE_INTERVAL.format("evaluationInterval", "1m1h"),
        "evaluationInterval = \"1m1h\"");
  }

  @Test
  void portOutsideTcp() {
    assertError(
        schemaWith(
            """
              @ScrapeConfig(targets = @ScrapeTarget(job = "orders",
                  port = 65536))
              interface Scrape {}
            """),
        Message.INVALID_PORT.format(65536, "orders"),
        "port = 65536");
  }

  @Test
  void scrapePathWithAQuery() {
    assertError(
        schemaWith(
            """
              @ScrapeConfig(targets = @ScrapeTarget(job = "orders", port = 8080,
                  path = "/metrics?format=text"))
              interface Scrape {}
            """),
        Message.INVALID_METRICS_PATH.format("/metrics?format=text", "orders"),
        "path = \"/metrics?format=text\"");
  }

  @Test
  void scrapeSchemeOtherThanHttpOrHttps() {
    assertError(
        schemaWith(
            """
              @ScrapeConfig(targets = @ScrapeTarget(job = "orders", port = 8080,
                  scheme = "ftp"))
              interface Scrape {}
            """),
        Message.INVALID_SCHEME.format("ftp", "orders"),
        "scheme = \"ftp\"");
  }

  @Test
  void hostThatIsAUrl() {
    assertError(
        schemaWith(
            """
              @ScrapeConfig(targets = @ScrapeTarget(job = "orders",
                  host = "http://orders/", port = 8080))
              interface Scrape {}
            """),
        Message.INVALID_HOST.format("http://orders/", "orders"),
        "host = \"http://orders/\"");
  }

  @Test
  void jobNameWithALineBreak() {
    assertError(
        schemaWith(
            """
              @ScrapeConfig(targets = @ScrapeTarget(
                  job = "orders\\nx", port = 8080))
              interface Scrape {}
            """),
        Message.LINE_BREAK.format(
            "the job name",
            "a scrape target",
            "the job label of every series; it cannot be empty either"),
        "job = \"orders\\nx\"");
  }

  @Test
  void queryNameWithALineBreak() {
    assertError(
        schemaWith(
            """
              @ExampleQueries(@Query(name = "Open\\n## injected", description = "d",
                  expr = "sum({Orders.open})"))
              interface Queries {}
            """),
        Message.LINE_BREAK.format(
            "the name",
            "an example query",
            "a heading and a table cell of the docs, and a comment in queries.promql; it cannot"
                + " be empty either"),
        "name = \"Open\\n## injected\"");
  }
}
