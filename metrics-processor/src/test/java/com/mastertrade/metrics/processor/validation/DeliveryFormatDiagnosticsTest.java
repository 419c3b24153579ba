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
 * Strings of alerts, routing, runbooks, scrape jobs and SLOs checked for the format they land in
 * (alert and runbook file names, Alertmanager's URLs and YAML, selectors, Go templates), and alert
 * names that two declarations would both give. Each is one error, on the line of the value.
 */
class DeliveryFormatDiagnosticsTest {
  private static final String SCHEMA =
      """
      package test;

      import com.mastertrade.metrics.annotations.*;
      import com.mastertrade.metrics.runtime.*;

      @MetricsSchema(namespace = "t")
      public interface Bad {
        enum Outcome { FILLED, FAILED }

        @Category(title = "Orders", description = "Orders.", prefix = "orders")
        interface Orders {
          @Metric(help = "Orders handled")
          CounterRecorder handled(Outcome outcome);
        }

        @Dashboard(uid = "board", title = "Board", panels = @Panel(title = "p", expr = "up"))
        interface Board {}

        @ScrapeConfig(targets = {
            @ScrapeTarget(job = "shop", port = 8080), @ScrapeTarget(job = "alerts", port = 8081),
            @ScrapeTarget(job = "%s", port = 8082)})
        interface Scrape {}

        @AlertGroup(name = "g", alerts = @Alert(name = "%s", expr = "up == 0",
            severity = Severity.CRITICAL, summary = "s", description = "d",
            test = @AlertTest(series = @TestSeries(series = "up{job=\\"shop\\"}",
                firing = "0x20", quiet = "1x20"), labels = "job=shop"),
            runbook = @Runbook(meaning = "m", causes = %s, dashboards = "board",
                checks = @RunbookCheck(description = "%s", expr = "%s"))))
        interface Alerts {}

        @Alerting(receiverJob = "alerts", serviceDownAlert = "%s", %s
            runbookBaseUrl = "%s",
            dashboardBaseUrl = "%s")
        interface Routing {}

        @ServiceLevelObjectives(availability = @AvailabilitySlo(
            name = "%s", service = "shop", objective = 99.9, description = "%s",
            events = "Orders.handled", badType = Outcome.class, bad = "FAILED",
            runbook = @Runbook(meaning = "Orders fail.", causes = "The exchange",
                checks = @RunbookCheck(description = "Orders", expr = "sum({Orders.handled})"),
                dashboards = "board")))
        interface Slos {}
      }
      """;

  /** The valid values of the schema's placeholders, in order. */
  private static final String[] VALID = {
    "reports",
    "ShopDown",
    "\"c\"",
    "Down",
    "up == 0",
    "ShopDown",
    "",
    "https://runbooks.example/",
    "https://grafana.example",
    "fills",
    "Fills."
  };

  private enum Slot {
    JOB,
    ALERT,
    CAUSES,
    CHECK_DESCRIPTION,
    CHECK_EXPR,
    SERVICE_DOWN,
    RECEIVER,
    RUNBOOK_BASE,
    DASHBOARD_BASE,
    SLO_NAME,
    SLO_DESCRIPTION
  }

  /** The schema with one placeholder changed. */
  private static JavaFileObject with(Slot slot, String value) {
    Object[] values = VALID.clone();
    values[slot.ordinal()] = value;
    if (slot == Slot.ALERT) {
      values[Slot.SERVICE_DOWN.ordinal()] = value;
    }
    return JavaFileObjects.forSourceString("test.Bad", String.format(SCHEMA, values));
  }

  private static void assertError(JavaFileObject source, String message, String line) {
    Compilation compilation =
        Compiler.javac().withProcessors(new MetricsSchemaProcessor()).compile(source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(message).inFile(source).onLineContaining(line);
    assertThat(compilation.errors().get(0).getMessage(Locale.ROOT)).isEqualTo(message);
  }

  @Test
  void validSchemaCompiles() {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new MetricsSchemaProcessor())
            .compile(JavaFileObjects.forSourceString("test.Bad", String.format(SCHEMA, VALID)));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void alertNameWithASpace() {
    assertError(
        with(Slot.ALERT, "Shop Down"),
        Message.INVALID_ALERT_NAME.format("Shop Down", "ShopDown"),
        "@AlertGroup(name = \"g\", alerts = @Alert(name = \"Shop Down\"");
  }

  @Test
  void alertNameThatIsAPath() {
    assertError(
        with(Slot.ALERT, "shop/down"),
        Message.INVALID_ALERT_NAME.format("shop/down", "ShopDown"),
        "name = \"shop/down\"");
  }

  @Test
  void alertNameTooLongForItsRunbookPage() {
    String name = "Shop" + "n".repeat(296);
    assertError(
        with(Slot.ALERT, name),
        Message.FILE_NAME_TOO_LONG.format("alert " + name, 303, 255),
        "@AlertGroup(name = \"g\", alerts = @Alert(name = \"" + name);
  }

  @Test
  void sloAlertNamedLikeADeclaredAlertIgnoringCase() {
    assertError(
        with(Slot.ALERT, "FILLSFastBurn"),
        Message.ALERT_NAME_COLLISION.format("SLO fills", "FillsFastBurn", "alert FILLSFastBurn"),
        "name = \"fills\"");
  }

  @Test
  void jobNameWithAQuote() {
    assertError(
        with(Slot.JOB, "sh\\\"op"),
        Message.INVALID_JOB_NAME.format("sh\"op", "sh_op"),
        "@ScrapeTarget(job = \"sh\\\"op\"");
  }

  @Test
  void jobNameWithASpace() {
    assertError(
        with(Slot.JOB, "my shop"),
        Message.INVALID_JOB_NAME.format("my shop", "my_shop"),
        "@ScrapeTarget(job = \"my shop\"");
  }

  @Test
  void receiverPathWithoutLeadingSlash() {
    assertError(
        with(Slot.RECEIVER, "receiverPath = \"alertmanager\","),
        Message.INVALID_RECEIVER_PATH.format("alertmanager"),
        "receiverPath = \"alertmanager\"");
  }

  @Test
  void credentialsFileWithALineBreak() {
    assertError(
        with(Slot.RECEIVER, "receiverCredentialsFile = \"token\\nfile\","),
        Message.LINE_BREAK.format(
            "the credentials file name",
            "@Alerting",
            "the credentials_file of Alertmanager's webhook; leave it empty for none, it cannot"
                + " be blank"),
        "receiverCredentialsFile = ");
  }

  @Test
  void runbookBaseUrlWithATemplate() {
    assertError(
        with(Slot.RUNBOOK_BASE, "https://runbooks.example/{{ $labels.job }}/"),
        Message.INVALID_BASE_URL.format(
            "runbookBaseUrl",
            "https://runbooks.example/{{ $labels.job }}/",
            "Alertmanager and Prometheus would read {{ }} as a template"),
        "runbookBaseUrl = ");
  }

  @Test
  void dashboardBaseUrlWithASpace() {
    assertError(
        with(Slot.DASHBOARD_BASE, "https://grafana example"),
        Message.INVALID_BASE_URL.format(
            "dashboardBaseUrl", "https://grafana example", "it holds a space or a line break"),
        "dashboardBaseUrl = ");
  }

  @Test
  void dashboardBaseUrlThatIsRelative() {
    assertError(
        with(Slot.DASHBOARD_BASE, "grafana/"),
        Message.INVALID_BASE_URL.format(
            "dashboardBaseUrl", "grafana/", "it is not an absolute http or https URL"),
        "dashboardBaseUrl = ");
  }

  @Test
  void traceSearchBaseUrlWithoutAScheme() {
    assertError(
        with(Slot.RECEIVER, "traceSearchBaseUrl = \"zipkin:9411\","),
        Message.INVALID_BASE_URL.format(
            "traceSearchBaseUrl", "zipkin:9411", "it is not an absolute http or https URL"),
        "traceSearchBaseUrl = ");
  }

  @Test
  void blankRunbookCause() {
    assertError(
        with(Slot.CAUSES, "{\"c\", \" \"}"),
        Message.RUNBOOK_TEXT_BLANK.format("alert ShopDown", "cause"),
        "causes = {\"c\", \" \"}");
  }

  @Test
  void blankRunbookCheckDescription() {
    assertError(
        with(Slot.CHECK_DESCRIPTION, ""),
        Message.RUNBOOK_TEXT_BLANK.format("alert ShopDown", "check description"),
        "checks = @RunbookCheck(description = \"\"");
  }

  @Test
  void runbookCheckThatIsARangeVector() {
    assertError(
        with(Slot.CHECK_EXPR, "up[5m]"),
        Message.PROMQL_RESULT_TYPE.format(
            "runbook check of alert ShopDown",
            "range vector",
            "apply rate(), increase() or an *_over_time() function to it"),
        "expr = \"up[5m]\"");
  }

  @Test
  void runbookCheckThatIsAString() {
    assertError(
        with(Slot.CHECK_EXPR, "\\\"text\\\""),
        Message.PROMQL_RESULT_TYPE.format(
            "runbook check of alert ShopDown", "string", "select series instead"),
        "expr = \"\\\"text\\\"\"");
  }

  @Test
  void sloDescriptionWithATemplate() {
    assertError(
        with(Slot.SLO_DESCRIPTION, "Fills of {{ $labels.job }}."),
        Message.SLO_DESCRIPTION_TEMPLATE.format("fills", "{{"),
        "description = \"Fills of {{");
  }
}
