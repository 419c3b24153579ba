package com.mastertrade.services.alerts;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.mastertrade.metrics.schema.MasterTradeLabels.AlertPriority;
import com.mastertrade.services.common.Json;
import com.mastertrade.services.testing.AlertmanagerApi;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated {@code alerts/alertmanager.yml} in a real Alertmanager (Debian's, on a free port of
 * 127.0.0.1) posting to a stub receiver that reads each notification with the alert system's own
 * parser: every alert reaches the receiver of its severity with the bearer token, a job's
 * ServiceDown silences that job's other alerts, an SLO's page silences its ticket, and nothing else
 * is silenced. Only the timings are shortened, to a second.
 */
class AlertmanagerRoutingTest {
  private static final Path CONFIG = Path.of("..", "alerts", "alertmanager.yml");
  private static final String TOKEN = "routing-test-token-0123456789";
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private HttpServer receiver;
  private Process alertmanager;
  private final Map<String, String> receivedBy = new ConcurrentHashMap<>();
  private final Map<String, AlertPriority> priorities = new ConcurrentHashMap<>();
  private final List<String> refused = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final AlertmanagerAlerts parser = new AlertmanagerAlerts(KnownAlerts.fromClasspath());
  private int port;

  @BeforeEach
  void start() throws Exception {
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext(
        "/alertmanager",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            refused.add("no bearer token");
          } else {
            record(body);
          }
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    receiver.createContext(
        "/deadmans-switch",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    receiver.start();
    port = freePort();
    Path config = dir.resolve("alertmanager.yml");
    Files.writeString(config, YAML.writeValueAsString(forThisTest(YAML.readTree(CONFIG.toFile()))));
    Files.writeString(dir.resolve("internal-credential"), TOKEN + "\n");
    alertmanager =
        new ProcessBuilder(
                "prometheus-alertmanager",
                "--config.file=" + config,
                "--storage.path=" + dir.resolve("data"),
                "--web.listen-address=127.0.0.1:" + port,
                "--cluster.listen-address=")
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("alertmanager.log").toFile())
            .start();
    awaitReady();
  }

  @AfterEach
  void stop() throws InterruptedException {
    if (alertmanager != null) {
      alertmanager.destroy();
      alertmanager.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
      alertmanager.destroyForcibly();
    }
    receiver.stop(0);
  }

  @Test
  void routesBySeverityAndInhibits() throws Exception {
    post(
        AlertmanagerApi.alert("ServiceDown", "critical", "order_executor", null),
        AlertmanagerApi.alert("HighErrorRate", "critical", "order_executor", null),
        AlertmanagerApi.alert("HighErrorRate", "critical", "api_gateway", null),
        AlertmanagerApi.alert(
            "GatewayAvailabilityFastBurn", "page", "api_gateway", "gateway_availability"),
        AlertmanagerApi.alert(
            "GatewayAvailabilitySlowBurn", "ticket", "api_gateway", "gateway_availability"),
        AlertmanagerApi.alert(
            "MarketDataFreshnessSlowBurn",
            "ticket",
            "market_data_service",
            "market_data_freshness"),
        AlertmanagerApi.alert("DataCollectorDown", "warning", "market_data_service", null));

    Map<String, String> expected =
        Map.of(
            "ServiceDown/order_executor", "alert_system_critical",
            // HighErrorRate of the gateway is silenced by the gateway availability SLO's page,
            // which covers the same 5xx responses: one incident, one page.
            "GatewayAvailabilityFastBurn/api_gateway", "alert_system_page",
            "MarketDataFreshnessSlowBurn/market_data_service", "alert_system_ticket",
            "DataCollectorDown/market_data_service", "alert_system_warning");
    Instant deadline = Instant.now().plusSeconds(30);
    while (receivedBy.size() < expected.size() && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
    }
    // Group intervals are a second: an alert that was to arrive would have by now.
    Thread.sleep(3_000);

    assertThat(refused).isEmpty();
    assertThat(receivedBy).containsExactlyEntriesIn(expected);
    assertThat(priorities.get("GatewayAvailabilityFastBurn")).isEqualTo(AlertPriority.CRITICAL);
    assertThat(priorities.get("MarketDataFreshnessSlowBurn")).isEqualTo(AlertPriority.HIGH);
    assertThat(priorities.get("DataCollectorDown")).isEqualTo(AlertPriority.MEDIUM);
  }

  /** The generated configuration with this test's receiver and one-second timings. */
  private JsonNode forThisTest(JsonNode config) {
    ObjectNode root = (ObjectNode) config;
    shorten((ObjectNode) root.get("route"));
    root.get("route").get("routes").forEach(route -> shorten((ObjectNode) route));
    // Only the alert system's webhooks: the people's integrations are NotificationDeliveryTest's.
    for (JsonNode receiverConfig : root.get("receivers")) {
      for (JsonNode webhook : receiverConfig.path("webhook_configs")) {
        if (webhook.get("url").asText().endsWith("/deadmans-switch")) {
          // The Watchdog's switch: NotificationDeliveryTest's; here a path that takes anything.
          ((ObjectNode) webhook)
              .put("url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/deadmans-switch");
          continue;
        }
        assertThat(webhook.get("url").asText()).isEqualTo("http://127.0.0.1:8007/alertmanager");
        ((ObjectNode) webhook)
            .put("url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/alertmanager");
      }
    }
    return root;
  }

  private static void shorten(ObjectNode route) {
    route.put("group_wait", "1s");
    route.put("group_interval", "1s");
  }

  private void record(byte[] body) {
    AlertmanagerNotification notification = Json.read(body, AlertmanagerNotification.class);
    try {
      List<AlertmanagerAlerts.Received> alerts = parser.read(body);
      for (int i = 0; i < alerts.size(); i++) {
        AlertmanagerNotification.Item item = notification.alerts().get(i);
        receivedBy.put(item.label("alertname") + "/" + item.label("job"), notification.receiver());
        priorities.put(alerts.get(i).alert().type(), alerts.get(i).alert().priority());
      }
    } catch (AlertmanagerAlerts.BadPayload e) {
      refused.add(e.getMessage());
    }
  }

  private void post(ObjectNode... alerts) throws IOException, InterruptedException {
    new AlertmanagerApi(HttpClient.newHttpClient(), base()).post(alerts);
  }

  private void awaitReady() throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    Instant deadline = Instant.now().plusSeconds(20);
    while (Instant.now().isBefore(deadline)) {
      if (!alertmanager.isAlive()) {
        throw new IllegalStateException(
            "Alertmanager exited: " + Files.readString(dir.resolve("alertmanager.log")));
      }
      try {
        HttpResponse<Void> ready =
            client.send(
                HttpRequest.newBuilder(URI.create(base() + "/-/ready")).build(),
                HttpResponse.BodyHandlers.discarding());
        if (ready.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("Alertmanager not ready on port " + port);
  }

  private String base() {
    return "http://127.0.0.1:" + port;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
