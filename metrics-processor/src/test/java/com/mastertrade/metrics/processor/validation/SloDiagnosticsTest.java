package com.mastertrade.metrics.processor.validation;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import com.mastertrade.metrics.processor.MetricsSchemaProcessor;
import java.util.List;
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
  void minEventsNotPositive() {
    assertError(
        availability(GOOD_AVAILABILITY + ", minEvents = -5"),
        Message.SLO_MIN_EVENTS.format("-5", "fills"),
        "minEvents = -5");
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

  /** The schema with the latency SLO's histogram keeping {@code buckets} instead. */
  private static JavaFileObject latencyOn(String buckets, String attributes) {
    String source =
        String.format(
            SCHEMA,
            "  @ServiceLevelObjectives(latency = @LatencySlo(\n"
                + attributes
                + ",\n"
                + RUNBOOK
                + ")\n  interface Slos {}");
    return JavaFileObjects.forSourceString(
        "test.Bad", source.replace("@Buckets({0.1, 0.25, 0.5})", buckets));
  }

  @Test
  void thresholdInsideANativeBucket() {
    // On Prometheus 3.5 the SLI reads the native histogram: 0.3 lies between 2^(-56/32) and
    // 2^(-55/32), where histogram_fraction would interpolate.
    assertError(
        latencyOn(
            "@Buckets(value = {0.1, 0.3, 0.5}, kind = HistogramKind.BOTH)",
            GOOD_LATENCY.replace("threshold = 0.25", "threshold = 0.3")),
        Message.SLO_THRESHOLD_NOT_A_NATIVE_BOUNDARY.format(
            "0.3",
            "fill_latency",
            "Orders.fillDuration",
            5,
            "32",
            "0.29730177875068026 and 0.30381183999511724"),
        "threshold = 0.3");
  }

  @Test
  void thresholdOnANativeBoundaryCompilesWithoutAClassicBound() {
    // A native-only histogram has no classic bounds; 0.25 = 2^(-64/32) is a boundary.
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new MetricsSchemaProcessor())
            .compile(latencyOn("@Buckets(kind = HistogramKind.NATIVE)", GOOD_LATENCY));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void nativeOnlyHistogramOnPrometheus2() {
    JavaFileObject source = latencyOn("@Buckets(kind = HistogramKind.NATIVE)", GOOD_LATENCY);
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new MetricsSchemaProcessor())
            .withOptions("-Ametrics.prometheus=2.42")
            .compile(source);
    String message =
        Message.SLO_NATIVE_ONLY_ON_CLASSIC_TARGET.format(
            "fill_latency", "Orders.fillDuration", "2.42", "Orders.fillDuration");
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(message)
        .inFile(source)
        .onLineContaining("histogram = \"Orders.fillDuration\"");
    assertThat(compilation.errors().get(0).getMessage(Locale.ROOT)).isEqualTo(message);
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
  void runbookWithBlankMitigation() {
    assertError(
        slos(
            "availability = @AvailabilitySlo(\n"
                + GOOD_AVAILABILITY
                + ",\n"
                + RUNBOOK.replace(
                    "causes = \"The exchange\",",
                    "causes = \"The exchange\", mitigations = {\"Pause trading\", \"\"},")
                + ")"),
        Message.RUNBOOK_MITIGATION_BLANK.format("SLO fills"),
        "mitigations = {");
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
  void jobDownAlertNotDeclared() {
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

              @Alerting(receiverJob = "alerts", serviceDownAlert = "ShopDown",
                  jobDownAlert = "ShopAllDown",
                  runbookBaseUrl = "https://runbooks.example/", dashboardBaseUrl = "https://g")
              interface Routing {}
            """),
        Message.UNKNOWN_JOB_DOWN_ALERT.format("ShopAllDown", "ShopDown"),
        "jobDownAlert = \"ShopAllDown\"");
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

  /** An alert group whose critical alert reads the events of the availability SLO "fills". */
  private static final String ERROR_ALERT =
      """
        @AlertGroup(name = "g", alerts = @Alert(name = "OrderErrors",
            expr = "sum by (job) (rate({Orders.handled}{outcome=\\"failed\\"}[5m])) > 1",
            severity = Severity.CRITICAL, summary = "s", description = "d",
            test = @AlertTest(series = @TestSeries(
                series = "{Orders.handled}{outcome=\\"failed\\", side=\\"buy\\", job=\\"shop\\"}",
                firing = "0+600x20", quiet = "0x20"), labels = "job=shop"),
            runbook = @Runbook(meaning = "m", causes = "c", dashboards = "board",
                checks = @RunbookCheck(description = "d", expr = "up == 0"))))
        interface Alerts {}
      """;

  private static JavaFileObject withErrorAlert(String sloAttributes) {
    return schemaWith(
        ERROR_ALERT
            + "  @ServiceLevelObjectives(availability = @AvailabilitySlo(\n"
            + GOOD_AVAILABILITY
            + sloAttributes
            + ",\n"
            + RUNBOOK
            + ")\n  interface Slos {}");
  }

  @Test
  void coveredAlertUnknown() {
    assertError(
        withErrorAlert(", inhibits = \"OrderError\""),
        Message.SLO_COVERS_UNKNOWN_ALERT.format("inhibits", "OrderError", "fills", "OrderErrors"),
        "inhibits = \"OrderError\"");
  }

  @Test
  void alertPagingForAnSloWithoutSayingWhichWarns() {
    JavaFileObject source = withErrorAlert("");
    Compilation compilation =
        Compiler.javac().withProcessors(new MetricsSchemaProcessor()).compile(source);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining(
            Message.SLO_DUPLICATE_ALERT.format(
                "OrderErrors",
                "fills",
                "Orders.handled",
                "OrderErrors",
                "shop",
                "OrderErrors",
                "shop"))
        .inFile(source)
        .onLineContaining("name = \"OrderErrors\"");
  }

  @Test
  void alertAnSloInhibitsOrDemotesDoesNotWarn() {
    for (String attribute : List.of("inhibits", "demotes")) {
      Compilation compilation =
          Compiler.javac()
              .withProcessors(new MetricsSchemaProcessor())
              .compile(withErrorAlert(", " + attribute + " = \"OrderErrors\""));
      assertThat(compilation).succeededWithoutWarnings();
    }
  }
}
