package com.mastertrade.services.alerts;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.mastertrade.services.testing.AlertmanagerApi;
import com.mastertrade.services.testing.AlertmanagerProcess;
import com.mastertrade.services.testing.FreePorts;
import com.mastertrade.services.testing.GeneratedAlertmanagerConfig;
import com.mastertrade.services.testing.NotificationFakes;
import com.mastertrade.services.testing.RuleAnnotations;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated {@code alerts/alertmanager.yml} and its templates in a real Alertmanager, Debian's
 * 0.25 and 0.33, delivering to stand-ins on 127.0.0.1 (WireMock as PagerDuty's Events API v2, a
 * Slack webhook and the alert system's webhook; GreenMail as the SMTP relay), the secrets in files:
 * each severity reaches its integration with the links, summary and budget left, resolved notices
 * follow, inhibited alerts reach nobody, a refusing endpoint is retried and counted, a dead one is
 * counted as failed, and the Watchdog reaches its dead man's switch, repeatedly, and nobody else. Pages keep their generated group wait,
 * so the delay measured is the one an on-call engineer sees; the other routes wait a second.
 * Delays and counts are written to {@code target/notifications/<version>.txt}.
 */
class NotificationDeliveryTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ROUTING_KEY = "R0UT1NGK3Y0123456789ABCDEFABCDEF";
  private static final String TOKEN = "notification-test-token-0123456789";
  private static final Path REPORT = Path.of("target", "notifications");

  @TempDir Path dir;

  static Stream<Arguments> alertmanagers() {
    return Stream.of(
        Arguments.of("0.25", AlertmanagerProcess.DEBIAN),
        Arguments.of("0.33", AlertmanagerProcess.lts()));
  }

  @ParameterizedTest(name = "Alertmanager {0}")
  @MethodSource("alertmanagers")
  void everySeverityReachesItsPeopleAndResolves(String version, String binary) throws Exception {
    List<String> report = new ArrayList<>();
    try (NotificationFakes fakes = new NotificationFakes(2);
        AlertmanagerProcess alertmanager = start(binary, fakes, fakes.httpBase())) {
      AlertmanagerApi api = alertmanager.api();
      RuleAnnotations rules = RuleAnnotations.read();
      ObjectNode page =
          rules.alert("GatewayAvailabilityFastBurn", "api_gateway", "gateway_availability");
      // What Prometheus renders for the page of metrics-schema's hand-written incident
      // (SloBudgetLeftScenarioTest): a bad deploy failing 30% of requests after two clean days.
      page.with("annotations").put("budget_left", "68.9%");
      ObjectNode inhibitedTicket =
          rules.alert("GatewayAvailabilitySlowBurn", "api_gateway", "gateway_availability");
      ObjectNode critical = rules.alert("RiskLimitBreach", "risk_manager", null);
      ObjectNode down = rules.alert("ServiceDown", "order_executor", null);
      ObjectNode inhibitedCritical = rules.alert("HighErrorRate", "order_executor", null);
      ObjectNode ticket =
          rules.alert("MarketDataFreshnessSlowBurn", "market_data_service", "market_data_freshness");
      ticket.with("annotations").put("budget_left", "87.5%");
      ObjectNode warning =
          rules.alert(
              "DataCollectorDown", "market_data_service", null,
              "collector", "price_feed", "source", "binance");
      // As Prometheus sends it: the rule's labels and annotations, no job, no instance.
      ObjectNode watchdog = rules.alert("Watchdog", null, null);
      List<ObjectNode> all =
          List.of(page, inhibitedTicket, critical, down, inhibitedCritical, ticket, warning, watchdog);

      // The inhibiting alerts first, so that no group is flushed before its inhibitor is known.
      Instant fired = Instant.now();
      api.post(down, page);
      api.post(all.toArray(ObjectNode[]::new));

      await("PagerDuty: the page, the critical breach and ServiceDown", 40,
          () -> triggers(fakes).size() >= 3);
      await("e-mail: the ticket and the executor's ServiceDown", 40, () -> fakes.mails().length >= 2);
      await("Slack: the warning, after two refusals", 40, () -> slackDelivered(fakes).size() >= 1);
      await("the alert system: every alert not inhibited", 40,
          () -> alertSystemFiring(fakes).size() >= 5);
      await("the dead man's switch: two heartbeats", 40,
          () -> fakes.posted(NotificationFakes.DEADMANS_SWITCH_PATH).size() >= 2);
      report.add("delay from posting to the first request (group wait included):");
      report.add("  pagerduty (group_wait 10s): " + delay(fired, first(fakes, NotificationFakes.PAGERDUTY_PATH)));
      report.add("  slack (group_wait 1s, two 503s first): " + delay(fired, slackDelivered(fakes).get(0).getLoggedDate().toInstant()));
      report.add("  alert system webhook (group_wait 1s): " + delay(fired, first(fakes, NotificationFakes.ALERT_SYSTEM_PATH)));
      report.add("  dead man's switch (group_wait 1s, repeat 1s): " + delay(fired, first(fakes, NotificationFakes.DEADMANS_SWITCH_PATH)));
      // Group intervals are a second: anything inhibited would have arrived by now.
      Thread.sleep(3_000);

      Map<String, JsonNode> pages = byAlert(triggers(fakes), "trigger");
      assertThat(pages.keySet())
          .containsExactly("GatewayAvailabilityFastBurn", "RiskLimitBreach", "ServiceDown");
      JsonNode pageEvent = pages.get("GatewayAvailabilityFastBurn");
      report.add("pagerduty trigger: " + pageEvent);
      assertThat(pageEvent.get("routing_key").asText()).isEqualTo(ROUTING_KEY);
      assertThat(pageEvent.at("/payload/severity").asText()).isEqualTo("critical");
      assertThat(pageEvent.at("/payload/summary").asText())
          .isEqualTo("[FIRING:1] GatewayAvailabilityFastBurn on api_gateway (page)");
      assertThat(pageEvent.at("/payload/component").asText()).isEqualTo("api_gateway");
      assertThat(pageEvent.at("/payload/custom_details/budget_left").asText()).isEqualTo("68.9%");
      assertThat(pageEvent.at("/payload/custom_details/summary").asText())
          .isEqualTo(page.at("/annotations/summary").asText());
      assertThat(hrefs(pageEvent))
          .containsExactly(
              page.at("/annotations/runbook_url").asText(),
              page.at("/annotations/dashboard").asText());
      assertThat(pageEvent.get("dedup_key").asText()).matches("[0-9a-f]{64}");
      assertThat(pages.get("ServiceDown").get("dedup_key").asText())
          .isNotEqualTo(pageEvent.get("dedup_key").asText());

      List<MimeMessage> mails = List.of(fakes.mails());
      assertThat(subjects(mails))
          .containsExactly(
              "[FIRING:1] MarketDataFreshnessSlowBurn on market_data_service (ticket)",
              "[FIRING:1] ServiceDown on order_executor (critical)");
      MimeMessage mail = mail(mails, "MarketDataFreshnessSlowBurn");
      String body = plainText(mail);
      report.add("e-mail: Subject: " + mail.getSubject() + "\n" + body);
      assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("trading-desk@mastertrade.example");
      assertThat(mail.getFrom()[0].toString()).isEqualTo("alertmanager@mastertrade.example");
      assertThat(body).contains("FIRING: " + ticket.at("/annotations/summary").asText());
      assertThat(body).contains("Severity: ticket\nService: market_data_service (market_data_service:0)\n");
      assertThat(body).contains("Error budget left: 87.5%\n");
      assertThat(body).contains("Runbook: " + ticket.at("/annotations/runbook_url").asText());
      assertThat(body).contains("Dashboard: " + ticket.at("/annotations/dashboard").asText());

      List<JsonNode> slack = bodies(slackDelivered(fakes));
      assertThat(slack).hasSize(1);
      JsonNode message = slack.get(0);
      report.add("slack: " + message);
      JsonNode attachment = message.at("/attachments/0");
      assertThat(message.get("channel").asText()).isEqualTo("#mastertrade-alerts");
      assertThat(attachment.get("title").asText())
          .isEqualTo("[FIRING:1] DataCollectorDown on market_data_service (warning)");
      assertThat(attachment.get("title_link").asText())
          .isEqualTo(warning.at("/annotations/runbook_url").asText());
      assertThat(attachment.get("color").asText()).isEqualTo("danger");
      assertThat(attachment.get("text").asText())
          .startsWith("FIRING: Collector price_feed (binance) is failing\nSeverity: warning\n");
      assertThat(attachment.get("text").asText())
          .contains("Dashboard: " + warning.at("/annotations/dashboard").asText());
      // Two refusals, each retried: counted as failed requests, not as a failed notification.
      double refused = alertmanager.counter("alertmanager_notification_requests_failed_total", "integration=\"slack\"");
      double failed = alertmanager.counter("alertmanager_notifications_failed_total", "integration=\"slack\"");
      report.add("slack refusing twice: notification_requests_failed_total=" + refused + " notifications_failed_total=" + failed);
      assertThat(refused).isEqualTo(2.0);
      assertThat(failed).isEqualTo(0.0);

      Map<String, String> alertSystem = alertSystemFiring(fakes);
      assertThat(alertSystem)
          .containsExactly(
              "GatewayAvailabilityFastBurn", "alert_system_page",
              "RiskLimitBreach", "alert_system_critical",
              "ServiceDown", "alert_system_critical",
              "MarketDataFreshnessSlowBurn", "alert_system_ticket",
              "DataCollectorDown", "alert_system_warning");
      // The Watchdog reaches its switch, alone, and nobody else (the maps and lists above).
      List<LoggedRequest> heartbeats = fakes.posted(NotificationFakes.DEADMANS_SWITCH_PATH);
      report.add("dead man's switch: " + heartbeats.size() + " heartbeats, the first "
          + heartbeats.get(0).getBodyAsString());
      for (JsonNode heartbeat : bodies(heartbeats)) {
        assertThat(heartbeat.get("receiver").asText()).isEqualTo("deadmans_switch");
        assertThat(heartbeat.get("status").asText()).isEqualTo("firing");
        assertThat(heartbeat.get("alerts")).hasSize(1);
        assertThat(heartbeat.at("/alerts/0/labels/alertname").asText()).isEqualTo("Watchdog");
        assertThat(heartbeat.at("/alerts/0/annotations/runbook_url").asText())
            .isEqualTo(watchdog.at("/annotations/runbook_url").asText());
      }

      Instant resolved = Instant.now();
      for (ObjectNode alert : all) {
        alert.put("endsAt", resolved.toString());
      }
      api.post(all.toArray(ObjectNode[]::new));
      await("PagerDuty: three resolve events", 30, () -> byAlert(events(fakes), "resolve").size() >= 3);
      await("e-mail: two resolved notices", 30, () -> fakes.mails().length >= 4);
      await("Slack: a resolved notice", 30, () -> slackDelivered(fakes).size() >= 2);
      Map<String, JsonNode> resolves = byAlert(events(fakes), "resolve");
      assertThat(resolves.keySet())
          .containsExactly("GatewayAvailabilityFastBurn", "RiskLimitBreach", "ServiceDown");
      assertThat(resolves.get("GatewayAvailabilityFastBurn").get("dedup_key"))
          .isEqualTo(pageEvent.get("dedup_key"));
      report.add("pagerduty resolve: " + resolves.get("GatewayAvailabilityFastBurn"));
      assertThat(subjects(List.of(fakes.mails())))
          .containsAtLeast(
              "[RESOLVED] MarketDataFreshnessSlowBurn on market_data_service (ticket)",
              "[RESOLVED] ServiceDown on order_executor (critical)");
      JsonNode slackResolved = bodies(slackDelivered(fakes)).get(1).at("/attachments/0");
      assertThat(slackResolved.get("title").asText())
          .isEqualTo("[RESOLVED] DataCollectorDown on market_data_service (warning)");
      assertThat(slackResolved.get("color").asText()).isEqualTo("good");
      Thread.sleep(2_000);
      assertThat(byAlert(triggers(fakes), "trigger")).doesNotContainKey("HighErrorRate");
      assertThat(subjects(List.of(fakes.mails()))).hasSize(4);
      // A resolved Watchdog would be taken for a heartbeat: none is sent.
      for (JsonNode heartbeat : bodies(fakes.posted(NotificationFakes.DEADMANS_SWITCH_PATH))) {
        assertThat(heartbeat.get("status").asText()).isEqualTo("firing");
      }
    } finally {
      Files.createDirectories(REPORT);
      Files.writeString(REPORT.resolve(version + ".txt"), String.join("\n", report) + "\n");
      keepLog(version);
    }
  }

  @ParameterizedTest(name = "Alertmanager {0}")
  @MethodSource("alertmanagers")
  void aDeadEndpointIsRetriedAndCountedAsFailed(String version, String binary) throws Exception {
    String dead = "http://127.0.0.1:" + FreePorts.next();
    try (NotificationFakes fakes = new NotificationFakes(0);
        AlertmanagerProcess alertmanager = start(binary, fakes, dead)) {
      Instant fired = Instant.now();
      alertmanager.api().post(RuleAnnotations.read().alert("RiskLimitBreach", "risk_manager", null));
      String pagerDuty = "integration=\"pagerduty\"";
      await("a failed PagerDuty notification", 60,
          () -> counter(alertmanager, "alertmanager_notifications_failed_total", pagerDuty) >= 1);
      double requests = counter(alertmanager, "alertmanager_notification_requests_failed_total", pagerDuty);
      double notifications = counter(alertmanager, "alertmanager_notifications_failed_total", pagerDuty);
      String line = String.format(Locale.ROOT,
          "dead PagerDuty endpoint: %s after posting, notification_requests_failed_total=%.0f"
              + " notifications_failed_total=%.0f, alert system webhook still reached: %s%n",
          Duration.between(fired, Instant.now()), requests, notifications,
          !fakes.posted(NotificationFakes.ALERT_SYSTEM_PATH).isEmpty());
      Files.createDirectories(REPORT);
      Files.writeString(REPORT.resolve(version + "-dead-endpoint.txt"), line);
      assertWithMessage("retried before giving up").that(requests).isGreaterThan(1.0);
      assertThat(fakes.posted(NotificationFakes.ALERT_SYSTEM_PATH)).isNotEmpty();
    } finally {
      keepLog(version + "-dead-endpoint");
    }
  }

  /**
   * One gateway pod of three dead while the other two fail requests, and the whole risk manager
   * down. The labels are those the rules' expressions give: {@code ServiceDown} is {@code up == 0},
   * one alert per instance; {@code JobDown} and the others aggregate by job and carry no instance.
   * A dead pod silences nothing of its job's (the SLO still pages for the pods serving errors); the
   * SLO's page silences the error-rate alert that would page a second time for the same errors; a
   * dead job silences its job's alerts, but not the ServiceDown of each of its instances.
   */
  @ParameterizedTest(name = "Alertmanager {0}")
  @MethodSource("alertmanagers")
  void aDeadInstanceSilencesNothingOfItsJobAndADeadJobSilencesItsAlerts(
      String version, String binary) throws Exception {
    try (NotificationFakes fakes = new NotificationFakes(0);
        AlertmanagerProcess alertmanager = start(binary, fakes, fakes.httpBase())) {
      RuleAnnotations rules = RuleAnnotations.read();
      ObjectNode deadPod = rules.alert("ServiceDown", "api_gateway", null);
      deadPod.with("labels").put("instance", "api_gateway:1");
      ObjectNode page =
          jobWide(rules.alert("GatewayAvailabilityFastBurn", "api_gateway", "gateway_availability"));
      ObjectNode errorRate = jobWide(rules.alert("HighErrorRate", "api_gateway", null));
      ObjectNode jobDown = jobWide(rules.alert("JobDown", "risk_manager", null));
      ObjectNode riskPod = rules.alert("ServiceDown", "risk_manager", null);
      ObjectNode breach =
          jobWide(rules.alert("RiskLimitBreach", "risk_manager", null, "limit", "position_size"));

      // The inhibiting alerts first, so that no group is flushed before its inhibitor is known.
      alertmanager.api().post(deadPod, page, jobDown, riskPod);
      alertmanager.api().post(errorRate, breach);
      await("the alert system: the four alerts nothing silences", 40,
          () -> firingByInstanceOrJob(fakes).size() >= 4);
      await("PagerDuty: the page, JobDown and the ServiceDowns", 40,
          () -> byAlert(triggers(fakes), "trigger").size() >= 3);
      // Their groups were flushed with the others: anything inhibited would have arrived by now.
      Thread.sleep(3_000);

      assertThat(firingByInstanceOrJob(fakes))
          .containsExactly(
              "GatewayAvailabilityFastBurn api_gateway",
              "JobDown risk_manager",
              "ServiceDown api_gateway:1",
              "ServiceDown risk_manager:0");
      assertThat(byAlert(triggers(fakes), "trigger").keySet())
          .containsExactly("GatewayAvailabilityFastBurn", "JobDown", "ServiceDown");
    } finally {
      keepLog(version + "-inhibition");
    }
  }

  /** {@code alert} as a rule aggregating by job sends it: without an instance. */
  private static ObjectNode jobWide(ObjectNode alert) {
    alert.with("labels").remove("instance");
    return alert;
  }

  /** The firing alerts the alert system's webhook received, as "name instance", or "name job". */
  private static Set<String> firingByInstanceOrJob(NotificationFakes fakes) {
    Set<String> firing = new TreeSet<>();
    for (LoggedRequest request : fakes.posted(NotificationFakes.ALERT_SYSTEM_PATH)) {
      for (JsonNode alert : json(request.getBodyAsString()).get("alerts")) {
        if (alert.get("status").asText().equals("firing")) {
          JsonNode labels = alert.get("labels");
          firing.add(
              labels.get("alertname").asText()
                  + " "
                  + (labels.has("instance") ? labels.get("instance") : labels.get("job")).asText());
        }
      }
    }
    return firing;
  }

  /** Alertmanager's log of the last run of {@code version}, for a failure's reader. */
  private void keepLog(String version) throws java.io.IOException {
    Path log = dir.resolve("alertmanager.log");
    if (Files.exists(log)) {
      Files.createDirectories(REPORT);
      Files.copy(log, REPORT.resolve(version + "-alertmanager.log"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** The generated configuration pointed at the fakes, PagerDuty at {@code pagerDutyBase}. */
  private AlertmanagerProcess start(String binary, NotificationFakes fakes, String pagerDutyBase)
      throws Exception {
    GeneratedAlertmanagerConfig config = GeneratedAlertmanagerConfig.read();
    config.eachRoute(
        route -> {
          // Pages and critical alerts keep their group wait; the others wait a second.
          String severity = route.path("matchers").path(0).asText();
          if (severity.equals("alertname=\"Watchdog\"")) {
            // The heartbeat every second instead of every minute, to see it repeat.
            route.put("repeat_interval", "1s");
          }
          if (!severity.equals("severity=\"page\"") && !severity.equals("severity=\"critical\"")
              && route.has("group_wait")) {
            route.put("group_wait", "1s");
          }
          if (route.has("group_interval")) {
            route.put("group_interval", "1s");
          }
        });
    config.each("webhook_configs", webhook -> {
      if (webhook.get("url").asText().endsWith(NotificationFakes.DEADMANS_SWITCH_PATH)) {
        webhook.put("url", fakes.httpBase() + NotificationFakes.DEADMANS_SWITCH_PATH);
        return;
      }
      assertThat(webhook.get("url").asText()).isEqualTo("http://127.0.0.1:8007/alertmanager");
      webhook.put("url", fakes.httpBase() + NotificationFakes.ALERT_SYSTEM_PATH);
      config.secret(webhook.at("/http_config/authorization/credentials_file").asText(), TOKEN);
    });
    config.each("pagerduty_configs", pd -> {
      pd.put("url", pagerDutyBase + NotificationFakes.PAGERDUTY_PATH);
      config.secret(pd.get("routing_key_file").asText(), ROUTING_KEY);
    });
    config.each("slack_configs",
        slack -> config.secret(slack.get("api_url_file").asText(), fakes.httpBase() + NotificationFakes.SLACK_PATH));
    config.each("email_configs", email -> {
      assertThat(email.get("auth_username").asText()).isEqualTo(NotificationFakes.SMTP_USER);
      email.put("smarthost", fakes.smarthost());
      config.secret(email.get("auth_password_file").asText(), NotificationFakes.SMTP_PASSWORD);
    });
    return AlertmanagerProcess.start(binary, config.writeTo(dir));
  }

  private static List<JsonNode> events(NotificationFakes fakes) {
    return bodies(fakes.posted(NotificationFakes.PAGERDUTY_PATH));
  }

  private static List<JsonNode> triggers(NotificationFakes fakes) {
    return events(fakes).stream().filter(e -> e.get("event_action").asText().equals("trigger")).toList();
  }

  /** Each event of {@code action} by its alert's name, from the summary's title. */
  private static Map<String, JsonNode> byAlert(List<JsonNode> events, String action) {
    Map<String, JsonNode> byAlert = new TreeMap<>();
    for (JsonNode event : events) {
      if (event.get("event_action").asText().equals(action)) {
        byAlert.put(event.at("/payload/summary").asText().split(" ")[1], event);
      }
    }
    return byAlert;
  }

  private static List<LoggedRequest> slackDelivered(NotificationFakes fakes) {
    // The first two posts were refused with 503: the delivered ones are those after them.
    List<LoggedRequest> posted = fakes.posted(NotificationFakes.SLACK_PATH);
    return posted.subList(Math.min(2, posted.size()), posted.size());
  }

  /** The alerts the alert system's webhook received firing, each with its receiver. */
  private static Map<String, String> alertSystemFiring(NotificationFakes fakes) {
    Map<String, String> firing = new TreeMap<>();
    for (LoggedRequest request : fakes.posted(NotificationFakes.ALERT_SYSTEM_PATH)) {
      assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
      JsonNode notification = json(request.getBodyAsString());
      for (JsonNode alert : notification.get("alerts")) {
        if (alert.get("status").asText().equals("firing")) {
          firing.put(alert.at("/labels/alertname").asText(), notification.get("receiver").asText());
        }
      }
    }
    return firing;
  }

  private static List<JsonNode> bodies(List<LoggedRequest> requests) {
    return requests.stream().map(r -> json(r.getBodyAsString())).toList();
  }

  private static List<String> hrefs(JsonNode event) {
    List<String> hrefs = new ArrayList<>();
    event.get("links").forEach(link -> hrefs.add(link.get("href").asText()));
    return hrefs;
  }

  private static List<String> subjects(List<MimeMessage> mails) throws Exception {
    List<String> subjects = new ArrayList<>();
    for (MimeMessage mail : mails) {
      subjects.add(mail.getSubject());
    }
    return subjects;
  }

  /** The text/plain body: the whole message from 0.25, a part of multipart/alternative from 0.33. */
  private static String plainText(MimeMessage mail) throws Exception {
    Object content = mail.getContent();
    if (content instanceof Multipart parts) {
      for (int i = 0; i < parts.getCount(); i++) {
        if (parts.getBodyPart(i).isMimeType("text/plain")) {
          content = parts.getBodyPart(i).getContent();
        }
      }
    }
    return ((String) content).replace("\r\n", "\n");
  }

  private static MimeMessage mail(List<MimeMessage> mails, String alert) throws Exception {
    for (MimeMessage mail : mails) {
      if (mail.getSubject().contains(" " + alert + " ")) {
        return mail;
      }
    }
    throw new AssertionError("no e-mail about " + alert);
  }

  private static Instant first(NotificationFakes fakes, String path) {
    return fakes.posted(path).get(0).getLoggedDate().toInstant();
  }

  private static String delay(Instant from, Instant to) {
    return String.format(Locale.ROOT, "%.2f s", Duration.between(from, to).toMillis() / 1000.0);
  }

  private static double counter(AlertmanagerProcess alertmanager, String name, String labels) {
    try {
      return alertmanager.counter(name, labels);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode json(String body) {
    try {
      return JSON.readTree(body);
    } catch (Exception e) {
      throw new IllegalStateException("not JSON: " + body, e);
    }
  }

  /** Polls {@code condition} every 100 ms until it holds, failing after {@code seconds}. */
  private static void await(String what, int seconds, Callable<Boolean> condition) {
    Awaitility.await(what)
        .atMost(Duration.ofSeconds(seconds))
        .pollInterval(Duration.ofMillis(100))
        .until(condition);
  }

}
