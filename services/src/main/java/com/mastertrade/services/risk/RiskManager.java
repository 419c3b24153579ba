package com.mastertrade.services.risk;

import com.mastertrade.metrics.schema.PrometheusMasterTradeMetricsGoals;
import com.mastertrade.metrics.schema.PrometheusMasterTradeMetricsRisk;
import com.mastertrade.metrics.schema.tracking.GoalTracking;
import com.mastertrade.services.common.Bus;
import com.mastertrade.services.common.Cache;
import com.mastertrade.services.common.Database;
import com.mastertrade.services.common.Events;
import com.mastertrade.services.common.LatestPrices;
import com.mastertrade.services.common.Outbox;
import com.mastertrade.services.common.OutboxRelay;
import com.mastertrade.services.common.QueueConsumer;
import com.mastertrade.services.common.ServiceHost;
import com.mastertrade.services.common.ServiceName;
import com.mastertrade.services.common.Topics;
import java.time.Duration;
import java.util.Map;

/**
 * risk_manager (port 8002): follows the fills, computes exposure and drawdown at the latest prices,
 * checks the limits and goals, and publishes breaches and achievements.
 */
public final class RiskManager {
  private RiskManager() {}

  public static void main(String[] args) {
    ServiceHost.run(ServiceName.RISK_MANAGER, RiskManager::start);
  }

  private static void start(ServiceHost host) throws Exception {
    Database database = Database.open(host, 2);
    LatestPrices prices = new LatestPrices(Cache.open(host));
    Bus bus = Bus.open(host);
    AppliedFills applied = new AppliedFills(database);
    RiskBook book = new RiskBook();
    applied.replay(fill -> book.apply(fill.account(), fill));
    Outbox outbox = new Outbox(database, host.name());
    OutboxRelay.start(host, outbox, bus, Duration.ofMillis(200));
    BreachLog log = new BreachLog(database, outbox);
    RiskMonitor monitor =
        new RiskMonitor(
            RiskLimits.defaults(), PrometheusMasterTradeMetricsRisk.register(host.registry()), log);
    GoalTracker goals =
        new GoalTracker(
            new GoalTracking(PrometheusMasterTradeMetricsGoals.register(host.registry())), outbox);
    bus.subscribe(
        "fills",
        Topics.FILLS,
        QueueConsumer.Retention.DURABLE,
        Events.Fill.class,
        (messageId, fill) -> {
          if (!applied.record(messageId, fill)) {
            return false;
          }
          book.apply(fill.account(), fill);
          return true;
        });
    host.every(
        Duration.ofSeconds(1),
        () -> {
          monitor.evaluate(book, prices.all());
          goals.evaluate(book);
        });
    host.serveHttp(
        config -> {
          config.routes.get("/health", ctx -> ctx.json(Map.of("status", "ok")));
          config.routes.get("/risk", ctx -> ctx.json(monitor.describe()));
          config.routes.get("/goals", ctx -> ctx.json(goals.describe(book)));
        });
  }
}
