package com.mastertrade.services.alerts;

import com.mastertrade.metrics.schema.MasterTradeMetrics;
import com.mastertrade.metrics.schema.PrometheusMasterTradeMetricsAlerts;
import com.mastertrade.metrics.schema.tracking.AlertDeliveries;
import com.mastertrade.services.access.InternalCredential;
import com.mastertrade.services.common.Bus;
import com.mastertrade.services.common.Cache;
import com.mastertrade.services.common.Database;
import com.mastertrade.services.common.Events;
import com.mastertrade.services.common.LatestPrices;
import com.mastertrade.services.common.QueueConsumer;
import com.mastertrade.services.common.ServiceHost;
import com.mastertrade.services.common.ServiceName;
import com.mastertrade.services.common.Topics;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;

/**
 * alert_system (port 8007): raises alerts from risk breaches, model drift, goals and stale market
 * data, stores them in PostgreSQL and delivers them to a webhook and a log file, again later by a
 * channel that failed. By default the webhook is its own {@code /webhook} sink, so delivery is a
 * real HTTP call on loopback.
 */
public final class AlertSystem {
  private static final String WATCHED_SYMBOL = "BTCUSDT";

  /** The wait before a failed delivery is tried again, doubling with every failure. */
  private static final Duration FIRST_RETRY = Duration.ofSeconds(2);

  private final ActiveAlerts active;
  private final AlertDispatcher dispatcher;
  private final AlertDeliveryQueue queue;
  private final AlertStore store;
  private final AlertDeliveries deliveries;

  private AlertSystem(
      ActiveAlerts active,
      AlertDispatcher dispatcher,
      AlertDeliveryQueue queue,
      AlertStore store,
      AlertDeliveries deliveries) {
    this.active = active;
    this.dispatcher = dispatcher;
    this.queue = queue;
    this.store = store;
    this.deliveries = deliveries;
  }

  public static void main(String[] args) {
    ServiceHost.run(ServiceName.ALERT_SYSTEM, AlertSystem::start);
  }

  private static void start(ServiceHost host) throws Exception {
    Database database = Database.open(host, 2);
    LatestPrices prices = new LatestPrices(Cache.open(host));
    Bus bus = Bus.open(host);
    AlertStore store = new AlertStore(database);
    AlertDeliveryQueue queue =
        new AlertDeliveryQueue(database, AlertDelivery.CHANNELS, FIRST_RETRY);
    MasterTradeMetrics.Alerts metrics =
        PrometheusMasterTradeMetricsAlerts.register(host.registry());
    AlertDeliveries deliveries = new AlertDeliveries(metrics);
    String webhookUrl = System.getenv("ALERT_WEBHOOK_URL");
    URI webhook =
        URI.create(
            webhookUrl != null
                ? webhookUrl
                : host.settings().baseUrl(ServiceName.ALERT_SYSTEM) + "/webhook");
    // The own sink requires the internal credential like every route here; an outside webhook
    // never gets it.
    String webhookAuthorization =
        webhookUrl != null
            ? null
            : InternalCredential.authorization(host.settings().requireInternalCredential());
    Path logFile =
        Path.of(
            System.getenv()
                .getOrDefault(
                    "ALERT_LOG_FILE",
                    Path.of(System.getProperty("java.io.tmpdir"), "mastertrade-alerts.jsonl")
                        .toString()));
    AlertDispatcher dispatcher =
        new AlertDispatcher(
            queue, new AlertDelivery(webhook, webhookAuthorization, logFile, deliveries));
    AlertSystem system =
        new AlertSystem(
            new ActiveAlerts(Duration.ofMinutes(5).toMillis(), store, metrics),
            dispatcher,
            queue,
            store,
            deliveries);
    system.active.load(System.currentTimeMillis());
    AtomicLong received = new AtomicLong();
    AlertmanagerReceiver receiver =
        new AlertmanagerReceiver(new AlertmanagerAlerts(KnownAlerts.fromClasspath()));
    // The sink first: alerts may arrive as soon as the subscriptions below are made.
    host.serveHttp(
        config -> {
          config.routes.get("/health", ctx -> ctx.json(Map.of("status", "ok")));
          config.routes.get("/alerts", ctx -> ctx.json(store.recent(50)));
          config.routes.post(
              "/webhook",
              ctx -> {
                received.incrementAndGet();
                ctx.status(204);
              });
          config.routes.get("/webhook", ctx -> ctx.json(Map.of("received", received.get())));
          config.routes.post(
              AlertmanagerReceiver.PATH,
              ctx -> receiver.receive(ctx, system::raise, system::resolve));
          config.routes.get("/runbooks/{page}", RunbookPages::serve);
        });
    QueueConsumer.Retention durable = QueueConsumer.Retention.DURABLE;
    bus.subscribe(
        "breaches",
        Topics.BREACHES,
        durable,
        Events.Breach.class,
        (id, b) -> system.raise(AlertRules.breach(b), id));
    bus.subscribe(
        "drift",
        Topics.DRIFT,
        durable,
        Events.Drift.class,
        (id, d) -> system.raise(AlertRules.drift(d), id));
    bus.subscribe(
        "goals",
        Topics.GOALS,
        durable,
        Events.GoalAchieved.class,
        (id, g) -> system.raise(AlertRules.goal(g), id));
    host.every(Duration.ofSeconds(5), () -> system.checkMarketData(prices));
    host.every(Duration.ofSeconds(1), dispatcher::retryDue);
  }

  /**
   * Stores, activates and delivers {@code alert}, raised by event {@code eventId} (null for the
   * system's own checks); returns false, doing nothing, if that event raised an alert before.
   */
  private boolean raise(RaisedAlert alert, String eventId) {
    OptionalLong id = store.insert(alert, eventId, queue);
    if (id.isEmpty()) {
      return false;
    }
    deliveries.triggered(alert.type(), alert.priority());
    active.activate(alert);
    dispatcher.deliverNew(id.getAsLong(), alert);
    return true;
  }

  /** An alert Alertmanager reports resolved: its type is no longer active. */
  private void resolve(RaisedAlert alert) {
    active.resolve(alert.type());
  }

  private void checkMarketData(LatestPrices prices) {
    active.expire(System.currentTimeMillis());
    boolean stale = prices.get(WATCHED_SYMBOL) == null;
    if (stale && !active.isActive(AlertRules.MARKET_DATA_STALE)) {
      raise(AlertRules.staleMarketData(WATCHED_SYMBOL), null);
    } else if (!stale) {
      active.resolve(AlertRules.MARKET_DATA_STALE);
    }
  }
}
