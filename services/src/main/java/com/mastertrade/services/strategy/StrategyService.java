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
import com.mastertrade.services.common.Outbox;
import com.mastertrade.services.common.OutboxRelay;
import com.mastertrade.services.common.QueueConsumer;
import com.mastertrade.services.common.ServiceHost;
import com.mastertrade.services.common.ServiceName;
import com.mastertrade.metrics.schema.MasterTradeLabels.Side;
import com.mastertrade.services.common.Symbols;
import com.mastertrade.services.common.Topics;
import io.javalin.http.NotFoundResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import redis.clients.jedis.exceptions.JedisException;

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
  private final Outbox outbox;
  private final Cache cache;
  private final SignalStore store;
  private final Map<String, SignalAction> lastAction = new ConcurrentHashMap<>();
  private final Map<String, Long> lastTick = new ConcurrentHashMap<>();
  private boolean drifting;

  private StrategyService(
      DirectionLearner learner,
      MasterTradeMetrics.Trading trading,
      Outbox outbox,
      Cache cache,
      SignalStore store) {
    this.learner = learner;
    this.trading = trading;
    this.outbox = outbox;
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
    Outbox outbox = new Outbox(database, host.name());
    OutboxRelay.start(host, outbox, bus, Duration.ofMillis(100));
    SignalStore store = new SignalStore(database, outbox);
    StrategyService service =
        new StrategyService(
            new DirectionLearner(
                new ModelTracking(PrometheusMasterTradeMetricsMlModels.register(host.registry()))),
            PrometheusMasterTradeMetricsTrading.register(host.registry()),
            outbox,
            cache,
            store);
    bus.subscribe(
        "ticks", Topics.TICKS, QueueConsumer.Retention.LIVE, Events.Tick.class, service::onTick);
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

  /**
   * Applies a tick: the model learns from it and a change of stance becomes a signal, stored with
   * its event in one transaction. A tick older than the last one applied is a redelivery or stale
   * and is skipped; the stance moves only once its signal is durable, so a tick that failed (the
   * database was down) and is retried still produces its signal, once.
   */
  private boolean onTick(String messageId, Events.Tick tick) {
    // A tick of a symbol nobody trades would grow the model's per-symbol state for nothing.
    if (!Symbols.isKnown(tick.symbol()) || !Double.isFinite(tick.price()) || tick.price() <= 0) {
      return true;
    }
    Long last = lastTick.get(tick.symbol());
    if (last != null && tick.timeMillis() < last) {
      return false;
    }
    DirectionLearner.Prediction prediction = learner.onPrice(tick.symbol(), tick.price());
    lastTick.merge(tick.symbol(), tick.timeMillis(), Math::max);
    if (prediction == null) {
      return true;
    }
    // A signal is a change of the model's stance on a symbol; repeating the stance every tick
    // would only make the executor pile up the same position.
    if (lastAction.get(tick.symbol()) == prediction.action()) {
      return true;
    }
    if (prediction.action() != SignalAction.HOLD) {
      Side side = prediction.action() == SignalAction.BUY ? Side.BUY : Side.SELL;
      Events.Signal signal =
          new Events.Signal(
              STRATEGY, tick.symbol(), side, prediction.probabilityUp(), tick.timeMillis());
      store.record(signal);
      cacheLatest(signal);
    }
    lastAction.put(tick.symbol(), prediction.action());
    trading.signalsGenerated(STRATEGY, prediction.action()).inc();
    return true;
  }

  /** The latest signal for {@code GET /signals/{symbol}}; a cache that is down only loses that. */
  private void cacheLatest(Events.Signal signal) {
    try {
      cache.set(
          signalKey(signal.symbol()),
          new String(Json.write(signal), StandardCharsets.UTF_8),
          SIGNAL_TTL_SECONDS);
    } catch (JedisException e) {
      // Counted and logged by the cache.
    }
  }

  private void report() {
    double drift = learner.report();
    // An event when the drift crosses the threshold, not one per second while it stays above.
    boolean nowDrifting = drift > DRIFT_THRESHOLD;
    if (nowDrifting && !drifting) {
      outbox.add(Topics.DRIFT, new Events.Drift(DirectionLearner.MODEL, drift, DRIFT_THRESHOLD));
    }
    drifting = nowDrifting;
  }
}
