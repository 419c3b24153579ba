package com.mastertrade.services.risk;

import com.mastertrade.metrics.schema.PrometheusMasterTradeMetricsGoals;
import com.mastertrade.metrics.schema.PrometheusMasterTradeMetricsRisk;
import com.mastertrade.metrics.schema.tracking.GoalTracking;
import com.mastertrade.services.common.Bus;
import com.mastertrade.services.common.Cache;
import com.mastertrade.services.common.Database;
import com.mastertrade.services.common.Events;
import com.mastertrade.services.common.ServiceHost;
import com.mastertrade.services.common.ServiceName;
import com.mastertrade.services.common.Symbols;
import com.mastertrade.services.common.Topics;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

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
    Cache cache = Cache.open(host);
    Bus bus = Bus.open(host);
    BreachLog log = new BreachLog(database);
    log.createTable();
    RiskBook book = new RiskBook();
    RiskMonitor monitor =
        new RiskMonitor(
            RiskLimits.defaults(),
            PrometheusMasterTradeMetricsRisk.register(host.registry()),
            bus,
            log);
    GoalTracker goals =
        new GoalTracker(
            new GoalTracking(PrometheusMasterTradeMetricsGoals.register(host.registry())), bus);
    bus.subscribe(
        "fills", Topics.FILLS, Events.Fill.class, fill -> book.apply(fill.account(), fill));
    host.every(
        Duration.ofSeconds(1),
        () -> {
          monitor.evaluate(book, prices(cache));
          goals.evaluate(book);
        });
    host.serveHttp(
        config -> {
          config.routes.get("/health", ctx -> ctx.json(Map.of("status", "ok")));
          config.routes.get("/risk", ctx -> ctx.json(monitor.describe()));
          config.routes.get("/goals", ctx -> ctx.json(goals.describe(book)));
        });
  }

  private static Map<String, Double> prices(Cache cache) {
    Map<String, Double> prices = new TreeMap<>();
    for (String symbol : Symbols.ALL) {
      String price = cache.get("prices", "price:" + symbol);
      if (price != null) {
        prices.put(symbol, Double.parseDouble(price));
      }
    }
    return prices;
  }
}
