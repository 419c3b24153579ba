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
 * One test per diagnostic on SLOs, runbooks and alert routing: the exact message, on the line of
 * the attribute that is wrong.
 */
class SloDiagnosticsTest {
  private static final String SCHEMA =
      """
      package test;

      import com.mastertrade.metrics.annotations.*;
      import com.mastertrade.metrics.runtime.*;

      @MetricsSchema(namespace = "t")
      public interface Bad {
        enum Side { BUY, SELL }
        enum Outcome { FILLED, REJECTED, FAILED }

        @Category(title = "Orders", description = "Orders.", prefix = "orders")
        interface Orders {
          @Metric(help = "Orders handled")
          CounterRecorder handled(Outcome outcome, Side side);

          @Metric(help = "Open orders")
          GaugeRecorder open(Side side);

          @Metric(help = "Fill time", unit = "seconds")
          @Buckets({0.1, 0.25, 0.5})
          HistogramRecorder fillDuration();
        }

        @Dashboard(uid = "board", title = "Board", panels = @Panel(title = "p", expr = "up"))
        interface Board {}

        @ScrapeConfig(targets = {
            @ScrapeTarget(job = "shop", port = 8080), @ScrapeTarget(job = "alerts", port = 8081)})
        interface Scrape {}

      %s
      }
      """;

  private static final String RUNBOOK =
      """
          runbook = @Runbook(meaning = "Orders fail.", causes = "The exchange",
              checks = @RunbookCheck(description = "Orders", expr = "sum({Orders.open})"),
              dashboards = "board"))
      """;

  /** An availability SLO with {@code attributes} before its runbook. */
  private static JavaFileObject availability(String attributes) {
    return slos("availability = @AvailabilitySlo(\n" + attributes + ",\n" + RUNBOOK + ")");
  }

  private static JavaFileObject latency(String attributes) {
    return slos("latency = @LatencySlo(\n" + attributes + ",\n" + RUNBOOK + ")");
  }

  private static JavaFileObject slos(String body) {
    return schemaWith("  @ServiceLevelObjectives(" + body + "\n  interface Slos {}");
  }

  private static JavaFileObject schemaWith(String declaration) {
    return JavaFileObjects.forSourceString("test.Bad", String.format(SCHEMA, declaration));
  }

  private static final String GOOD_AVAILABILITY =
      """
          name = "fills", service = "shop", objective = 99.9, description = "Fills.",
          events = "Orders.handled", badType = Outcome.class, bad = "FAILED"\
      """;

  private static final String GOOD_LATENCY =
      """
          name = "fill_latency", service = "shop", objective = 99, description = "Fast fills.",
          histogram = "Orders.fillDuration", threshold = 0.25\
      """;

  private static void assertError(JavaFileObject source, String message, String line) {
    Compilation compilation =
        Compiler.javac().withProcessors(new MetricsSchemaProcessor()).compile(source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(message).inFile(source).onLineContaining(line);
    assertThat(compilation.errors().get(0).getMessage(Locale.ROOT)).isEqualTo(message);
  }

  @Test
  void validSlosCompile() {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new MetricsSchemaProcessor())
            .compile(
                slos(
                    "availability = @AvailabilitySlo(\n"
                        + GOOD_AVAILABILITY
                        + ",\n"
                        + RUNBOOK
                        + ", latency = @LatencySlo(\n"
                        + GOOD_LATENCY
                        + ",\n"
                        + RUNBOOK
                        + ")"));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void sloNameNotSnakeCase() {
    assertError(
        availability(GOOD_AVAILABILITY.replace("\"fills\"", "\"Fills-OK\"")),
        Message.INVALID_SLO_NAME.format("Fills-OK", "fills_ok"),
        "name = \"Fills-OK\"");
  }

  @Test
  void sloNameTwice() {
    assertError(
        slos(
            "availability = {@AvailabilitySlo(\n"
                + GOOD_AVAILABILITY
                + ",\n"
                + RUNBOOK
                + ", @AvailabilitySlo(\n"
                + GOOD_AVAILABILITY.replace("objective = 99.9", "objective = 99.5")
                + ",\n"
                + RUNBOOK
                + "})"),
        Message.DUPLICATE_DECLARATION.format("SLO", "fills", "SLO"),
        "objective = 99.5");
  }

  @Test
  void objectiveNotAPercentage() {
    assertError(
        availability(GOOD_AVAILABILITY.replace("objective = 99.9", "objective = 100")),
        Message.SLO_OBJECTIVE_RANGE.format("100", "fills"),
        "objective = 100");
  }

  @Test
  void objectiveTooLowToPage() {
    assertError(
        availability(GOOD_AVAILABILITY.replace("objective = 99.9", "objective = 90")),
        Message.SLO_OBJECTIVE_TOO_LOW.format("90", "fills", "93.4"),
        "objective = 90");
  }

  @Test
  void serviceNotAScrapeJob() {
    assertError(
        availability(GOOD_AVAILABILITY.replace("\"shop\"", "\"shops\"")),
        Message.UNKNOWN_JOB.format("SLO fills", "shops", "shop, alerts"),
        "service = \"shops\"");
  }

  @Test
  void unknownMetric() {
    assertError(
        availability(GOOD_AVAILABILITY.replace("Orders.handled", "Orders.fills")),
        Message.UNKNOWN_METRIC.format(
            "SLO fills", "Orders.fills", "the metrics of Orders are fillDuration, handled, open"),
        "events = \"Orders.fills\"");
  }

  @Test
  void availabilityOfAGauge() {
    assertError(
        availability(GOOD_AVAILABILITY.replace("Orders.handled", "Orders.open")),
        Message.SLO_METRIC_TYPE.format(
            "availability", "fills", "counter", "Orders.open", "gauge", "counter"),
        "events = \"Orders.open\"");
  }

  @Test
  void latencyOfACounter() {
    assertError(
        latency(GOOD_LATENCY.replace("Orders.fillDuration", "Orders.handled")),
        Message.SLO_METRIC_TYPE.format(
            "latency", "fill_latency", "histogram", "Orders.handled", "counter", "histogram"),
        "histogram = \"Orders.handled\"");
  }

  @Test
  void badTypeNotALabelOfTheCounter() {
    JavaFileObject source =
        schemaWith(
            """
              enum Color { RED }

              @ServiceLevelObjectives(availability = @AvailabilitySlo(
                  name = "fills", service = "shop", objective = 99.9, description = "Fills.",
                  events = "Orders.handled",
                  badType = Color.class, bad = "RED",
            """
                + RUNBOOK
                + ")\n  interface Slos {}");
    assertError(
        source,
        Message.SLO_BAD_TYPE_NOT_A_LABEL.format(
            "fills", "Color", "Orders.handled", "no", "outcome (Outcome), side (Side)"),
        "badType = Color.class");
  }

  @Test
  void noBadEvents() {
    assertError(
        availability(GOOD_AVAILABILITY.replace("bad = \"FAILED\"", "bad = {}")),
        Message.SLO_NO_BAD_EVENTS.format("fills", "Outcome", "FILLED"),
        "bad = {}");
  }

  @Test
  void badEventNotAConstant() {
    assertError(
        availability(GOOD_AVAILABILITY.replace("bad = \"FAILED\"", "bad = \"ERROR\"")),
        Message.SLO_UNKNOWN_CONSTANT.format(
            "ERROR", "fills", "Outcome", "FILLED, REJECTED, FAILED"),
        "bad = \"ERROR\"");
  }

  @Test
  void thresholdBetweenBuckets() {
    assertError(
        latency(GOOD_LATENCY.replace("threshold = 0.25", "threshold = 0.3")),
        Message.SLO_THRESHOLD_NOT_A_BUCKET.format(
            "0.3", "fill_latency", "Orders.fillDuration", "0.25 and 0.5"),
        "threshold = 0.3");
  }

  @Test
  void thresholdAboveEveryBucket() {
    assertError(
        latency(GOOD_LATENCY.replace("threshold = 0.25", "threshold = 2")),
        Message.SLO_THRESHOLD_NOT_A_BUCKET.format(
            "2", "fill_latency", "Orders.fillDuration", "0.5 (the largest)"),
        "threshold = 2");
  }

  @Test
  void runbookWithoutMeaning() {
    assertError(
        slos(
            "availability = @AvailabilitySlo(\n"
                + GOOD_AVAILABILITY
                + ",\n"
                + RUNBOOK.replace("meaning = \"Orders fail.\"", "meaning = \" \"")
                + ")"),
        Message.RUNBOOK_TEXT_MISSING.format(
            "SLO fills", "meaning", "meaning = \"what it means for the service and its users\""),
        "meaning = \" \"");
  }

  @Test
  void runbookOpensUnknownDashboard() {
    assertError(
        slos(
            "availability = @AvailabilitySlo(\n"
                + GOOD_AVAILABILITY
                + ",\n"
                + RUNBOOK.replace("dashboards = \"board\"", "dashboards = \"boards\"")
                + ")"),
        Message.UNKNOWN_DASHBOARD.format("SLO fills", "boards", "board, t-slos"),
        "dashboards = \"boards\"");
  }

  @Test
  void serviceDownAlertNotDeclared() {
    assertError(
        schemaWith(
            """
              @Alerting(receiverJob = "alerts", serviceDownAlert = "ShopDown",
                  runbookBaseUrl = "https://runbooks.example/", dashboardBaseUrl = "https://g")
              interface Routing {}
            """),
        Message.UNKNOWN_ALERT.format("ShopDown", "none"),
        "serviceDownAlert = \"ShopDown\"");
  }

  @Test
  void receiverNotAScrapeJob() {
    assertError(
        schemaWith(
            """
              @AlertGroup(name = "g", alerts = @Alert(name = "ShopDown", expr = "up == 0",
                  severity = Severity.CRITICAL, summary = "s", description = "d",
                  test = @AlertTest(series = @TestSeries(series = "up{job=\\"shop\\"}",
                      firing = "0x20", quiet = "1x20"), labels = "job=shop"),
                  runbook = @Runbook(meaning = "m", causes = "c", dashboards = "board",
                      checks = @RunbookCheck(description = "d", expr = "up == 0"))))
              interface Alerts {}

              @Alerting(receiverJob = "pager", serviceDownAlert = "ShopDown",
                  runbookBaseUrl = "https://runbooks.example/", dashboardBaseUrl = "https://g")
              interface Routing {}
            """),
        Message.UNKNOWN_JOB.format("@Alerting", "pager", "shop, alerts"),
        "receiverJob = \"pager\"");
  }
}
