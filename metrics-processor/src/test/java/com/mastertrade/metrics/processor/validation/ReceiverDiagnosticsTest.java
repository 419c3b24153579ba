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
 * One test per diagnostic on the people's receivers and routes of {@code @Alerting}: the exact
 * message, on the line of the attribute that is wrong.
 */
class ReceiverDiagnosticsTest {
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

        @ScrapeConfig(targets = {
            @ScrapeTarget(job = "shop", port = 8080), @ScrapeTarget(job = "alerts", port = 8081)})
        interface Scrape {}

        @AlertGroup(name = "g", alerts = @Alert(name = "ShopDown", expr = "up == 0",
            severity = Severity.CRITICAL, summary = "s", description = "d",
            test = @AlertTest(series = @TestSeries(series = "up{job=\\"shop\\"}",
                firing = "0x20", quiet = "1x20"), labels = "job=shop"),
            runbook = @Runbook(meaning = "m", causes = "c", dashboards = "board",
                checks = @RunbookCheck(description = "d", expr = "up == 0"))))
        interface Alerts {}

        @Alerting(receiverJob = "alerts", serviceDownAlert = "ShopDown",
            runbookBaseUrl = "https://runbooks.example/", dashboardBaseUrl = "https://g",
            watchdogReceiver = "switch",
            receivers = {
      %s,
              @Receiver(name = "switch", kind = ReceiverKind.WEBHOOK, url = "https://hc.example/ping")
            },
            routes = {
      %s
            })
        interface Routing {}
      }
      """;

  private static final String PAGER =
      """
              @Receiver(name = "pager", kind = ReceiverKind.PAGERDUTY,
                  secretFile = "secrets/pagerduty-routing-key")""";

  private static final String PAGES =
      """
              @AlertRoute(receiver = "pager", severities = {Severity.PAGE, Severity.CRITICAL})""";

  @Test
  void validRoutingCompiles() {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new MetricsSchemaProcessor())
            .compile(
                schema(
                    PAGER
                        + ",\n"
                        + """
                                @Receiver(name = "chat", kind = ReceiverKind.SLACK,
                                    secretFile = "secrets/slack-url", channel = "#shop"),
                                @Receiver(name = "desk", kind = ReceiverKind.EMAIL,
                                    to = "desk@shop.example", from = "am@shop.example",
                                    smarthost = "smtp.shop.example:587", username = "am",
                                    secretFile = "smtp-password"),
                                @Receiver(name = "tickets", kind = ReceiverKind.WEBHOOK,
                                    url = "https://tickets.shop.example/hook")""",
                    PAGES
                        + ",\n"
                        + """
                                @AlertRoute(receiver = "chat", jobs = "shop"),
                                @AlertRoute(receiver = "desk", alerts = "ShopDown"),
                                @AlertRoute(receiver = "tickets", severities = Severity.TICKET)"""));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void receiverNobodyRoutesTo() {
    assertError(
        schema(PAGER + ",\n        @Receiver(name = \"chat\", kind = ReceiverKind.SLACK,"
            + " secretFile = \"slack-url\")", PAGES),
        Message.RECEIVER_NOT_ROUTED.format("chat", "chat"),
        "@Receiver(name = \"chat\"");
  }

  @Test
  void alertWithNoRouteToAPerson() {
    assertError(
        schema(PAGER, "        @AlertRoute(receiver = \"pager\", severities = Severity.PAGE)"),
        Message.ALERT_NOT_ROUTED.format("ShopDown", "critical", "", "pager", "CRITICAL"),
        "severity = Severity.CRITICAL");
  }

  @Test
  void aRouteByJobDoesNotTakeAnAlertForEveryJob() {
    assertError(
        schema(PAGER, "        @AlertRoute(receiver = \"pager\", jobs = \"shop\")"),
        Message.ALERT_NOT_ROUTED.format("ShopDown", "critical", "", "pager", "CRITICAL"),
        "severity = Severity.CRITICAL");
  }

  @Test
  void unknownReceiver() {
    assertError(
        schema(PAGER, PAGES + ",\n        @AlertRoute(receiver = \"pagr\", alerts = \"ShopDown\")"),
        Message.UNKNOWN_RECEIVER.format("pagr", "pager, switch"),
        "receiver = \"pagr\"");
  }

  @Test
  void unknownJobOfARoute() {
    assertError(
        schema(PAGER, PAGES + ",\n        @AlertRoute(receiver = \"pager\", jobs = \"shops\")"),
        Message.UNKNOWN_ROUTE_TARGET.format("jobs", "shops", "job", "job", "shop, alerts"),
        "jobs = \"shops\"");
  }

  @Test
  void unknownSloOfARoute() {
    assertError(
        schema(PAGER, PAGES + ",\n        @AlertRoute(receiver = \"pager\", slos = \"fills\")"),
        Message.UNKNOWN_ROUTE_TARGET.format("slos", "fills", "SLO", "SLO", "none"),
        "slos = \"fills\"");
  }

  @Test
  void unknownAlertOfARoute() {
    assertError(
        schema(
            PAGER, PAGES + ",\n        @AlertRoute(receiver = \"pager\", alerts = \"ShopDwn\")"),
        Message.UNKNOWN_ROUTE_TARGET.format("alerts", "ShopDwn", "alert", "alert", "ShopDown"),
        "alerts = \"ShopDwn\"");
  }

  @Test
  void slackWebhookUrlWrittenInline() {
    assertError(
        schema(PAGER + ",\n        @Receiver(name = \"chat\", kind = ReceiverKind.SLACK,"
            + " secretFile = \"slack-url\",\n            url = \"https://hooks.slack.com/services/T0/B0/x\")",
            PAGES + ",\n        @AlertRoute(receiver = \"chat\")"),
        Message.SECRET_INLINE.format("url", "chat", "Slack's webhook URL"),
        "url = \"https://hooks.slack.com");
  }

  @Test
  void routingKeyWrittenAsTheSecretFile() {
    assertError(
        schema(
            PAGER.replace("secrets/pagerduty-routing-key", "0123456789abcdef0123456789abcdef"),
            PAGES),
        Message.SECRET_INLINE.format("secretFile", "pager", "what looks like a routing key"),
        "secretFile = \"0123456789abcdef");
  }

  @Test
  void passwordInAWebhookUrl() {
    assertError(
        schema(PAGER + ",\n        @Receiver(name = \"hook\", kind = ReceiverKind.WEBHOOK,\n"
            + "            url = \"https://bot:hunter2@tickets.example/hook\")",
            PAGES + ",\n        @AlertRoute(receiver = \"hook\")"),
        Message.SECRET_INLINE.format("url", "hook", "a user and password"),
        "url = \"https://bot:hunter2");
  }

  @Test
  void secretFileMissing() {
    assertError(
        schema("        @Receiver(name = \"pager\", kind = ReceiverKind.PAGERDUTY)", PAGES),
        Message.SECRET_FILE_MISSING.format(
            "pager", "PagerDuty", "the integration's routing key"),
        "@Receiver(name = \"pager\"");
  }

  @Test
  void emailAddressThatDoesNotParse() {
    assertError(
        schema(PAGER + ",\n        @Receiver(name = \"desk\", kind = ReceiverKind.EMAIL,"
            + " to = \"desk at shop\",\n            from = \"am@shop.example\","
            + " smarthost = \"smtp.shop.example:587\")",
            PAGES + ",\n        @AlertRoute(receiver = \"desk\")"),
        Message.RECEIVER_ADDRESS.format(
            "to", "desk at shop", "desk", "an e-mail address, e.g. \"oncall@example.com\""),
        "to = \"desk at shop\"");
  }

  @Test
  void smarthostWithoutPort() {
    assertError(
        schema(PAGER + ",\n        @Receiver(name = \"desk\", kind = ReceiverKind.EMAIL,"
            + " to = \"desk@shop.example\",\n            from = \"am@shop.example\","
            + " smarthost = \"smtp.shop.example\")",
            PAGES + ",\n        @AlertRoute(receiver = \"desk\")"),
        Message.RECEIVER_ADDRESS.format("smarthost", "smtp.shop.example", "desk",
            "an SMTP server as host:port, e.g. \"smtp.example.com:587\""),
        "smarthost = \"smtp.shop.example\"");
  }

  @Test
  void webhookUrlThatDoesNotParse() {
    assertError(
        schema(PAGER + ",\n        @Receiver(name = \"hook\", kind = ReceiverKind.WEBHOOK,\n"
            + "            url = \"tickets.example/hook\")",
            PAGES + ",\n        @AlertRoute(receiver = \"hook\")"),
        Message.RECEIVER_ADDRESS.format(
            "url", "tickets.example/hook", "hook", "an absolute http or https URL"),
        "url = \"tickets.example/hook\"");
  }

  @Test
  void secretFileThatIsNotAFileName() {
    assertError(
        schema(PAGER.replace("secrets/pagerduty-routing-key", "../routing key"), PAGES),
        Message.SECRET_FILE_NAME.format("../routing key", "pager", "pagerduty"),
        "secretFile = \"../routing key\"");
  }

  @Test
  void receiverNamedLikeTheReceivingJobs() {
    assertError(
        schema(PAGER.replace("\"pager\"", "\"alerts_page\""),
            PAGES.replace("\"pager\"", "\"alerts_page\"")),
        Message.DUPLICATE_RECEIVER.format(
            "alerts_page", "the receiving job's receivers are named so"),
        "@Receiver(name = \"alerts_page\"");
  }

  @Test
  void invalidReceiverName() {
    assertError(
        schema(PAGER.replace("\"pager\"", "\"on call\""), PAGES.replace("\"pager\"", "\"on call\"")),
        Message.RECEIVER_NAME.format("on call", "on_call"),
        "@Receiver(name = \"on call\"");
  }

  @Test
  void attributeTheKindDoesNotUse() {
    assertError(
        schema(PAGER.replace("routing-key\")", "routing-key\", channel = \"#pages\")"), PAGES),
        Message.RECEIVER_ATTRIBUTE_UNUSED.format("channel", "PagerDuty", "#pages"),
        "channel = \"#pages\"");
  }

  @Test
  void receiversWithoutADeadMansSwitch() {
    assertError(
        source(String.format(SCHEMA, PAGER, PAGES).replace("watchdogReceiver = \"switch\",", "")
            .replaceAll(",\\s*@Receiver\\(name = \"switch\"[^)]*\\)", "")),
        Message.WATCHDOG_MISSING.format(),
        "receivers = {");
  }

  @Test
  void watchdogReceiverThatIsNoReceiver() {
    assertError(
        source(String.format(SCHEMA, PAGER, PAGES)
            .replace("watchdogReceiver = \"switch\"", "watchdogReceiver = \"swtch\"")
            .replaceAll(",\\s*@Receiver\\(name = \"switch\"[^)]*\\)", "")),
        Message.WATCHDOG_UNKNOWN_RECEIVER.format("swtch", "pager"),
        "watchdogReceiver = \"swtch\"");
  }

  @Test
  void watchdogReceiverThatWouldNotifyPeople() {
    assertError(
        source(String.format(SCHEMA, PAGER, PAGES)
            .replace("kind = ReceiverKind.WEBHOOK, url = \"https://hc.example/ping\"",
                "kind = ReceiverKind.SLACK, secretFile = \"slack-url\"")),
        Message.WATCHDOG_NOT_WEBHOOK.format("switch", "slack"),
        "watchdogReceiver = \"switch\"");
  }

  @Test
  void routeToTheDeadMansSwitch() {
    assertError(
        schema(PAGER, PAGES + ",\n        @AlertRoute(receiver = \"switch\", jobs = \"shop\")"),
        Message.WATCHDOG_RECEIVER_ROUTED.format("switch"),
        "@AlertRoute(receiver = \"switch\"");
  }

  @Test
  void declaredAlertNamedLikeTheWatchdog() {
    assertError(
        source(String.format(SCHEMA, PAGER, PAGES)
            .replace("alerts = @Alert(name = \"ShopDown\"", "alerts = @Alert(name = \"WatchDog\"")
            .replace("serviceDownAlert = \"ShopDown\"", "serviceDownAlert = \"WatchDog\"")),
        Message.ALERT_NAME_COLLISION.format(
            "alert WatchDog", "WatchDog", "@Alerting(watchdogReceiver)"),
        "@Alert(name = \"WatchDog\"");
  }

  private static JavaFileObject source(String text) {
    return JavaFileObjects.forSourceString("test.Bad", text);
  }

  private static JavaFileObject schema(String receivers, String routes) {
    return JavaFileObjects.forSourceString("test.Bad", String.format(SCHEMA, receivers, routes));
  }

  private static void assertError(JavaFileObject source, String message, String line) {
    Compilation compilation =
        Compiler.javac().withProcessors(new MetricsSchemaProcessor()).compile(source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(message).inFile(source).onLineContaining(line);
    assertThat(compilation.errors().get(0).getMessage(Locale.ROOT)).isEqualTo(message);
  }
}
