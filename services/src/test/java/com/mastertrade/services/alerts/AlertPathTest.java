package com.mastertrade.services.alerts;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole alert path with the generated files and real servers on free ports of 127.0.0.1: a
 * Prometheus running the generated rules scrapes a target whose risk limit breach counter rises,
 * fires {@code RiskLimitBreach} into an Alertmanager running the generated routing, which posts it
 * to a receiver that reads it with the alert system's parser; the Watchdog reaches the dead man's
 * switch and nothing else. Only the intervals are shortened (scrape, evaluation and resend 1 s,
 * group wait 1 s). Measures the delay from the breach to the receiver.
 */
class AlertPathTest {
  private static final Path ALERTS = Path.of("..", "alerts");

  /** The scrape config and rules the processor writes for Debian's 2.42, which this test runs. */
  private static final Path PROMETHEUS_2 = ALERTS.resolve("prometheus-2.42");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final String TOKEN = "alert-path-test-token-0123456789";

  @TempDir Path dir;
  private final List<Process> processes = new ArrayList<>();
  private final List<HttpServer> servers = new ArrayList<>();
  private final AtomicInteger breaches = new AtomicInteger();
  private final Map<String, Instant> received = new ConcurrentHashMap<>();
  private final AtomicLong breachAt = new AtomicLong();
  private final java.util.Set<String> switchSaw = ConcurrentHashMap.newKeySet();

  @AfterEach
  void stop() throws InterruptedException {
    for (Process process : processes) {
      process.destroy();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
    servers.forEach(server -> server.stop(0));
  }

  @Test
  void aBreachTravelsFromPrometheusThroughAlertmanagerToTheReceiver() throws Exception {
    int target = serve("/metrics", body -> exposition().getBytes(StandardCharsets.UTF_8));
    AlertmanagerAlerts parser = new AlertmanagerAlerts(KnownAlerts.fromClasspath());
    int receiver =
        serve(
            "/alertmanager",
            body -> {
              try {
                for (AlertmanagerAlerts.Received alert : parser.read(body)) {
                  if (alert.firing()) {
                    received.putIfAbsent(alert.alert().type(), Instant.now());
                  }
                }
              } catch (AlertmanagerAlerts.BadPayload e) {
                received.put("refused: " + e.getMessage(), Instant.now());
              }
              return new byte[0];
            });
    int deadMansSwitch =
        serve(
            "/deadmans-switch",
            body -> {
              JsonNode notification = new ObjectMapper().readTree(body);
              for (JsonNode alert : notification.get("alerts")) {
                switchSaw.add(alert.at("/labels/alertname").asText());
              }
              received.putIfAbsent("heartbeat", Instant.now());
              return new byte[0];
            });
    int alertmanager = startAlertmanager(receiver, deadMansSwitch);
    int prometheus = startPrometheus(target, alertmanager);

    awaitTrue("Prometheus scrapes the target", () -> up(prometheus));
    breachAt.set(System.currentTimeMillis());
    breaches.incrementAndGet();
    Instant deadline = Instant.now().plusSeconds(60);
    while (!received.containsKey("RiskLimitBreach") && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
    }

    assertWithMessage("alerts received: %s", received.keySet())
        .that(received)
        .containsKey("RiskLimitBreach");
    assertThat(received.keySet().stream().filter(k -> k.startsWith("refused"))).isEmpty();
    Duration delay =
        Duration.between(Instant.ofEpochMilli(breachAt.get()), received.get("RiskLimitBreach"));
    Files.createDirectories(Path.of("target"));
    Files.writeString(
        Path.of("target", "alert-path-delay.txt"),
        "RiskLimitBreach from the breach to the receiver: "
            + delay.toMillis()
            + " ms (scrape and evaluation every 1 s, group wait 1 s)\n");
    assertThat(delay).isLessThan(Duration.ofSeconds(30));

    // The Watchdog, evaluated by Prometheus from the generated rule, reaches the switch alone.
    awaitTrue("a heartbeat at the dead man's switch", () -> received.containsKey("heartbeat"));
    assertThat(switchSaw).containsExactly("Watchdog");
    assertThat(received).doesNotContainKey("Watchdog");
  }

  private String exposition() {
    return "# TYPE mastertrade_risk_limit_breaches_total counter\n"
        + "mastertrade_risk_limit_breaches_total{limit=\"exposure\"} "
        + breaches.get()
        + "\n";
  }

  private int startAlertmanager(int receiver, int deadMansSwitch) throws Exception {
    ObjectNode config = (ObjectNode) YAML.readTree(ALERTS.resolve("alertmanager.yml").toFile());
    shorten((ObjectNode) config.get("route"));
    config.get("route").get("routes").forEach(route -> shorten((ObjectNode) route));
    // The alert system's webhooks only; the people's integrations are NotificationDeliveryTest's.
    for (JsonNode receiverConfig : config.get("receivers")) {
      for (JsonNode webhook : receiverConfig.path("webhook_configs")) {
        if (webhook.get("url").asText().endsWith("/deadmans-switch")) {
          ((ObjectNode) webhook).put("url", "http://127.0.0.1:" + deadMansSwitch + "/deadmans-switch");
        } else {
          ((ObjectNode) webhook).put("url", "http://127.0.0.1:" + receiver + "/alertmanager");
        }
      }
    }
    Path folder = Files.createDirectories(dir.resolve("alertmanager"));
    Files.writeString(folder.resolve("alertmanager.yml"), YAML.writeValueAsString(config));
    for (JsonNode template : config.path("templates")) {
      Files.copy(ALERTS.resolve(template.asText()), folder.resolve(template.asText()));
    }
    Files.writeString(folder.resolve("internal-credential"), TOKEN + "\n");
    int port = freePort();
    start(
        folder,
        "prometheus-alertmanager",
        "--config.file=alertmanager.yml",
        "--storage.path=data",
        "--web.listen-address=127.0.0.1:" + port,
        "--cluster.listen-address=");
    awaitTrue("Alertmanager ready", () -> ready(port));
    return port;
  }

  private int startPrometheus(int target, int alertmanager) throws Exception {
    Path folder = Files.createDirectories(dir.resolve("prometheus"));
    ObjectNode config =
        (ObjectNode) YAML.readTree(PROMETHEUS_2.resolve("prometheus.yml").toFile());
    for (JsonNode file : config.get("rule_files")) {
      Files.copy(PROMETHEUS_2.resolve(file.asText()), folder.resolve(file.asText()));
    }
    ObjectNode global = (ObjectNode) config.get("global");
    global.put("scrape_interval", "1s");
    global.put("evaluation_interval", "1s");
    ObjectNode job = YAML.createObjectNode();
    job.put("job_name", "risk_manager");
    job.putArray("static_configs").addObject().putArray("targets").add("127.0.0.1:" + target);
    config.putArray("scrape_configs").add(job);
    config
        .putObject("alerting")
        .putArray("alertmanagers")
        .addObject()
        .putArray("static_configs")
        .addObject()
        .putArray("targets")
        .add("127.0.0.1:" + alertmanager);
    Files.writeString(folder.resolve("prometheus.yml"), YAML.writeValueAsString(config));
    int port = freePort();
    start(
        folder,
        "prometheus",
        "--config.file=prometheus.yml",
        "--storage.tsdb.path=data",
        // Firing alerts are resent every second, not every minute: the Watchdog fires at the
        // first evaluation, before Alertmanager is discovered, and that first send is dropped.
        "--rules.alert.resend-delay=1s",
        "--web.listen-address=127.0.0.1:" + port);
    awaitTrue("Prometheus ready", () -> ready(port));
    return port;
  }

  private static void shorten(ObjectNode route) {
    route.put("group_wait", "1s");
    route.put("group_interval", "1s");
  }

  private void start(Path folder, String... command) throws IOException {
    processes.add(
        new ProcessBuilder(command)
            .directory(folder.toFile())
            .redirectErrorStream(true)
            .redirectOutput(folder.resolve("log.txt").toFile())
            .start());
  }

  /** Serves {@code path} on a free port, answering each request with {@code handler(body)}. */
  private int serve(String path, Handler handler) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        path,
        exchange -> {
          byte[] answer = handler.handle(exchange.getRequestBody().readAllBytes());
          exchange.sendResponseHeaders(200, answer.length == 0 ? -1 : answer.length);
          if (answer.length > 0) {
            exchange.getResponseBody().write(answer);
          }
          exchange.close();
        });
    server.start();
    servers.add(server);
    return server.getAddress().getPort();
  }

  private interface Handler {
    byte[] handle(byte[] body) throws IOException;
  }

  private interface Condition {
    boolean holds() throws Exception;
  }

  private static void awaitTrue(String what, Condition condition) throws Exception {
    Instant deadline = Instant.now().plusSeconds(30);
    while (Instant.now().isBefore(deadline)) {
      try {
        if (condition.holds()) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    throw new AssertionError(what + " within 30 s");
  }

  private static boolean ready(int port) throws Exception {
    return get(port, "/-/ready").statusCode() == 200;
  }

  private static boolean up(int port) throws Exception {
    return get(port, "/api/v1/query?query=up%3D%3D1").body().contains("risk_manager");
  }

  private static HttpResponse<String> get(int port, String path) throws Exception {
    return HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(1))
        .build()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
