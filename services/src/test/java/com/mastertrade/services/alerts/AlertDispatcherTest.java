package com.mastertrade.services.alerts;

import static com.google.common.truth.Truth.assertThat;

import com.mastertrade.metrics.schema.MasterTradeLabels.AlertChannel;
import com.mastertrade.metrics.schema.MasterTradeLabels.AlertPriority;
import com.mastertrade.metrics.schema.MasterTradeLabels.QueryType;
import com.mastertrade.metrics.schema.PrometheusMasterTradeMetricsAlerts;
import com.mastertrade.metrics.schema.tracking.AlertDeliveries;
import com.mastertrade.services.common.Database;
import com.mastertrade.services.common.ServiceHost;
import com.mastertrade.services.common.ServiceName;
import com.mastertrade.services.common.Settings;
import com.mastertrade.services.testing.ThrowawayDatabase;
import com.sun.net.httpserver.HttpServer;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A webhook that is down delays its alerts and loses none: the failed delivery is retried with
 * backoff and made once, the other channel is not repeated, and every failed attempt is counted.
 */
class AlertDispatcherTest {
  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final AtomicInteger webhookCalls = new AtomicInteger();
  private final AtomicInteger webhookRefusals = new AtomicInteger();
  private volatile int refuseFirst;
  @TempDir Path dir;
  private HttpServer webhook;
  private ServiceHost host;
  private Database database;
  private AlertStore store;
  private AlertDeliveryQueue queue;
  private AlertDispatcher dispatcher;

  @BeforeEach
  void start() throws Exception {
    webhook = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    webhook.createContext(
        "/hook",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          boolean refuse = webhookCalls.incrementAndGet() <= refuseFirst;
          if (refuse) {
            webhookRefusals.incrementAndGet();
          }
          exchange.sendResponseHeaders(refuse ? 503 : 204, -1);
          exchange.close();
        });
    webhook.start();
    Settings settings =
        Settings.of(Map.of("POSTGRES_DB", ThrowawayDatabase.fresh("alert_dispatcher_test")));
    host =
        ServiceHost.startInProcess(
            ServiceName.ALERT_SYSTEM, settings, h -> database = Database.open(h, 2));
    store = new AlertStore(database);
    queue = new AlertDeliveryQueue(database, AlertDelivery.CHANNELS, Duration.ofMillis(50));
    URI hook = URI.create("http://127.0.0.1:" + webhook.getAddress().getPort() + "/hook");
    AlertDeliveries deliveries =
        new AlertDeliveries(PrometheusMasterTradeMetricsAlerts.register(registry));
    dispatcher =
        new AlertDispatcher(
            queue, new AlertDelivery(hook, null, dir.resolve("alerts.jsonl"), deliveries));
  }

  @AfterEach
  void stop() {
    webhook.stop(0);
    host.close();
  }

  @Test
  void aWebhookThatIsDownGetsTheAlertOnceItIsBack() throws Exception {
    refuseFirst = 2;
    RaisedAlert alert =
        new RaisedAlert("RiskLimitBreach", AlertPriority.CRITICAL, "over the limit", 1_000);

    long id = store.insert(alert, "event-1", queue).getAsLong();
    dispatcher.deliverNew(id, alert);
    retryUntil(() -> webhookCalls.get() - webhookRefusals.get() == 1);
    for (int i = 0; i < 10; i++) {
      Thread.sleep(30);
      dispatcher.retryDue();
    }

    assertThat(webhookCalls.get()).isEqualTo(3);
    assertThat(Files.readAllLines(dir.resolve("alerts.jsonl"))).hasSize(1);
    assertThat(counted("mastertrade_alerts_delivered_total", AlertChannel.WEBHOOK)).isEqualTo(1);
    assertThat(counted("mastertrade_alerts_delivery_failures_total", AlertChannel.WEBHOOK))
        .isEqualTo(2);
    assertThat(counted("mastertrade_alerts_delivered_total", AlertChannel.LOG)).isEqualTo(1);
    assertThat(queue.due(10)).isEmpty();
  }

  @Test
  void anEventThatRaisedAnAlertBeforeAddsNoDelivery() {
    RaisedAlert alert = new RaisedAlert("ModelDrift", AlertPriority.HIGH, "drift", 1_000);

    OptionalLong first = store.insert(alert, "event-2", queue);
    OptionalLong again = store.insert(alert, "event-2", queue);

    assertThat(first.isPresent()).isTrue();
    assertThat(again.isPresent()).isFalse();
    assertThat(pendingDeliveries()).isEqualTo(AlertDelivery.CHANNELS.size());
  }

  @Test
  void aDeliveryIsGivenUpAfterTheLastAttempt() throws Exception {
    refuseFirst = Integer.MAX_VALUE;
    RaisedAlert alert = new RaisedAlert("ServiceDown", AlertPriority.CRITICAL, "down", 1_000);
    long id = store.insert(alert, "event-3", queue).getAsLong();
    dispatcher.deliverNew(id, alert);
    // As if every attempt but the last had failed already, and the next were due now.
    database.update(
        QueryType.UPDATE,
        AlertDeliveryQueue.TABLE,
        "UPDATE alert_deliveries SET next_attempt_at = now(), attempts = ?"
            + " WHERE delivered_at IS NULL",
        AlertDeliveryQueue.MAX_ATTEMPTS - 1);

    dispatcher.retryDue();
    int calls = webhookCalls.get();
    Thread.sleep(100);
    dispatcher.retryDue();

    assertThat(webhookCalls.get()).isEqualTo(calls);
    assertThat(queue.due(10)).isEmpty();
    assertThat(pendingDeliveries()).isEqualTo(1);
  }

  private void retryUntil(Check check) throws Exception {
    long end = System.nanoTime() + 10_000_000_000L;
    while (!check.holds()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("not delivered within 10 s");
      }
      Thread.sleep(20);
      dispatcher.retryDue();
    }
  }

  private long pendingDeliveries() {
    return database.query(
        QueryType.SELECT,
        AlertDeliveryQueue.TABLE,
        handle ->
            handle
                .createQuery("SELECT count(*) FROM alert_deliveries WHERE delivered_at IS NULL")
                .mapTo(Long.class)
                .one());
  }

  private double counted(String name, AlertChannel channel) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrometheusTextFormatWriter.create().write(out, registry.scrape());
    String channelLabel = "channel=\"" + channel.name().toLowerCase(Locale.ROOT) + "\"";
    double sum = 0;
    for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
      if (line.startsWith(name + "{") && line.contains(channelLabel)) {
        sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      }
    }
    return sum;
  }

  @FunctionalInterface
  private interface Check {
    boolean holds() throws Exception;
  }
}
