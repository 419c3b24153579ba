package com.mastertrade.services.strategy;

import com.mastertrade.metrics.schema.MasterTradeLabels.SignalAction;
import com.mastertrade.metrics.schema.MasterTradeMetrics;
import com.mastertrade.metrics.schema.PrometheusMasterTradeMetricsMlModels;
import com.mastertrade.metrics.schema.PrometheusMasterTradeMetricsTrading;
import com.mastertrade.metrics.schema.tracking.ModelTracking;
import com.mastertrade.services.common.Accounts;
import com.mastertrade.services.common.Bus;
import com.mastertrade.services.common.Cache;
import com.mastertrade.services.common.Database;
import com.mastertrade.services.common.Events;
import com.mastertrade.services.common.Json;
import com.mastertrade.services.common.ServiceHost;
import com.mastertrade.services.common.ServiceName;
import com.mastertrade.services.common.Side;
import com.mastertrade.services.common.Symbols;
import com.mastertrade.services.common.Topics;
import io.javalin.http.NotFoundResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * strategy_service (port 8003): consumes the price stream, runs the direction model on it, and
 * publishes a buy or sell signal when the model is confident enough, storing each in PostgreSQL and
 * caching the latest per symbol in Redis. Raises a drift event when the input drifts.
 */
public final class StrategyService {
  static final String STRATEGY = Accounts.LOGREG_MOMENTUM;
  static final double DRIFT_THRESHOLD = 0.15;
  private static final long SIGNAL_TTL_SECONDS = 60;

  private final DirectionLearner learner;
  private final MasterTradeMetrics.Trading trading;
  private final Bus bus;
  private final Cache cache;
  private final SignalStore store;
  private final Map<String, SignalAction> lastAction = new ConcurrentHashMap<>();
  private boolean drifting;

  private StrategyService(
      DirectionLearner learner,
      MasterTradeMetrics.Trading trading,
      Bus bus,
      Cache cache,
      SignalStore store) {
    this.learner = learner;
    this.trading = trading;
    this.bus = bus;
    this.cache = cache;
    this.store = store;
  }

  public static void main(String[] args) {
    ServiceHost.run(ServiceName.STRATEGY_SERVICE, StrategyService::start);
  }

  private static void start(ServiceHost host) throws Exception {
    Database database = Database.open(host, 2);
    Cache cache = Cache.open(host);
    Bus bus = Bus.open(host);
    SignalStore store = new SignalStore(database);
    store.createTable();
    StrategyService service =
        new StrategyService(
            new DirectionLearner(
                new ModelTracking(PrometheusMasterTradeMetricsMlModels.register(host.registry()))),
            PrometheusMasterTradeMetricsTrading.register(host.registry()),
            bus,
            cache,
            store);
    bus.subscribe("ticks", Topics.TICKS, Events.Tick.class, service::onTick);
    host.every(Duration.ofSeconds(10), service.learner::retrain);
    host.every(Duration.ofSeconds(1), service::report);
    host.serveHttp(
        config -> {
          config.routes.get("/health", ctx -> ctx.json(Map.of("status", "ok")));
          config.routes.get("/model", ctx -> ctx.json(service.learner.describe()));
          config.routes.get(
              "/signals/{symbol}",
              ctx -> {
                String signal = cache.get("signals", signalKey(ctx.pathParam("symbol")));
                if (signal == null) {
                  throw new NotFoundResponse("no recent signal");
                }
                ctx.contentType("application/json").result(signal);
              });
        });
  }

  private static String signalKey(String symbol) {
    return "signal:" + symbol;
  }

  private void onTick(Events.Tick tick) {
    // A tick of a symbol nobody trades would grow the model's per-symbol state for nothing.
    if (!Symbols.isKnown(tick.symbol()) || !Double.isFinite(tick.price()) || tick.price() <= 0) {
      return;
    }
    DirectionLearner.Prediction prediction = learner.onPrice(tick.symbol(), tick.price());
    if (prediction == null) {
      return;
    }
    // A signal is a change of the model's stance on a symbol; repeating the stance every tick
    // would only make the executor pile up the same position.
    if (lastAction.put(tick.symbol(), prediction.action()) == prediction.action()) {
      return;
    }
    trading.signalsGenerated(STRATEGY, prediction.action()).inc();
    if (prediction.action() == SignalAction.HOLD) {
      return;
    }
    Side side = prediction.action() == SignalAction.BUY ? Side.BUY : Side.SELL;
    Events.Signal signal =
        new Events.Signal(
            STRATEGY, tick.symbol(), side, prediction.probabilityUp(), tick.timeMillis());
    store.insert(signal);
    cache.set(
        signalKey(tick.symbol()),
        new String(Json.write(signal), StandardCharsets.UTF_8),
        SIGNAL_TTL_SECONDS);
    bus.publish(Topics.signal(tick.symbol()), signal);
  }

  private void report() {
    double drift = learner.report();
    // An event when the drift crosses the threshold, not one per second while it stays above.
    boolean nowDrifting = drift > DRIFT_THRESHOLD;
    if (nowDrifting && !drifting) {
      bus.publish(Topics.DRIFT, new Events.Drift(DirectionLearner.MODEL, drift, DRIFT_THRESHOLD));
    }
    drifting = nowDrifting;
  }
}
