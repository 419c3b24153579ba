package com.mastertrade.services.executor;

import com.mastertrade.metrics.schema.PrometheusMasterTradeMetricsTrading;
import com.mastertrade.services.common.Bus;
import com.mastertrade.services.common.Cache;
import com.mastertrade.services.common.Database;
import com.mastertrade.services.common.Events;
import com.mastertrade.services.common.LatestPrices;
import com.mastertrade.services.common.Outbox;
import com.mastertrade.services.common.OutboxRelay;
import com.mastertrade.services.common.PriceSource;
import com.mastertrade.services.common.QueueConsumer;
import com.mastertrade.services.common.ServiceHost;
import com.mastertrade.services.common.ServiceName;
import com.mastertrade.services.common.Topics;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Map;
import redis.clients.jedis.exceptions.JedisException;

/**
 * order_executor (port 9002): paper-trades the strategy's signals and the orders placed through the
 * gateway, persisting orders, fills and positions in PostgreSQL and tracking P&L and value.
 */
public final class OrderExecutor {
  /** Each signal trades this much notional. */
  static final BigDecimal SIGNAL_NOTIONAL_USD = BigDecimal.valueOf(1_000);

  private OrderExecutor() {}

  public static void main(String[] args) {
    ServiceHost.run(ServiceName.ORDER_EXECUTOR, OrderExecutor::start);
  }

  static final String MANUAL = "manual";

  /** The header a client sends to make a retried {@code POST /orders} place the order once. */
  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private static final int MAX_KEY_LENGTH = 200;

  private static void start(ServiceHost host) throws Exception {
    Database database = Database.open(host, 4);
    PriceSource prices = new PricesWithFallback(new LatestPrices(Cache.open(host)), database);
    Bus bus = Bus.open(host);
    OrderStore store = new OrderStore(database);
    IdempotencyKeys keys = new IdempotencyKeys(database);
    host.every(Duration.ofMinutes(10), keys::prune);
    Outbox outbox = new Outbox(database, host.name());
    OrderDesk desk =
        new OrderDesk(
            new BookLoader(database),
            store,
            keys,
            outbox,
            prices,
            PrometheusMasterTradeMetricsTrading.register(host.registry()));
    desk.refreshIfStale();
    desk.markToMarket();
    OutboxRelay.start(host, outbox, bus, Duration.ofMillis(100));
    bus.subscribe(
        "signals",
        Topics.SIGNALS,
        QueueConsumer.Retention.DURABLE,
        Events.Signal.class,
        (messageId, signal) -> {
          Double price = prices.get(signal.symbol());
          if (price == null) {
            return true;
          }
          // The signal's notional in whole lots, rounded down.
          BigDecimal quantity =
              SIGNAL_NOTIONAL_USD.divide(
                  BigDecimal.valueOf(price), OrderRequest.LOT_SCALE, RoundingMode.DOWN);
          // The signal's message id is the order's idempotency key: a redelivery trades once.
          return !desk.place(
                  signal.strategy(),
                  new OrderRequest(signal.symbol(), signal.side(), quantity),
                  "signal:" + messageId)
              .replayed();
        });
    host.every(Duration.ofSeconds(1), desk::markToMarket);
    host.serveHttp(
        config -> {
          config.routes.get("/health", ctx -> ctx.json(Map.of("status", "ok")));
          config.routes.post("/orders", ctx -> placeOrder(ctx, desk));
          config.routes.get("/orders/{id}", ctx -> findOrder(ctx, store));
          config.routes.get("/portfolio", ctx -> ctx.json(desk.portfolio()));
        });
  }

  private static void placeOrder(Context ctx, OrderDesk desk) {
    // A body that is not an order, malformed JSON included, is the client's error: 400. So is an
    // order that fails the checks of OrderRequest, which is also counted as rejected.
    OrderRequest request = OrderBodies.read(ctx.bodyAsBytes());
    String problem = request.problem();
    if (problem != null) {
      if (request.side() != null) {
        desk.countRejected(request);
      }
      throw new BadRequestResponse(problem);
    }
    String key = ctx.header(IDEMPOTENCY_KEY);
    if (key != null && (key.isBlank() || key.length() > MAX_KEY_LENGTH)) {
      throw new BadRequestResponse(
          IDEMPOTENCY_KEY + " must be 1 to " + MAX_KEY_LENGTH + " characters");
    }
    Answer answer;
    try {
      answer = desk.place(MANUAL, request, key);
    } catch (Database.DatabaseException | JedisException e) {
      // Not placed, or placed with its answer lost: a retry with the same key tells which.
      ctx.status(HttpStatus.SERVICE_UNAVAILABLE)
          .header("Retry-After", "1")
          .json(
              Map.of(
                  "error",
                  "the order could not be confirmed, a server is unavailable; retry with the same "
                      + IDEMPOTENCY_KEY));
      return;
    }
    if (answer.replayed()) {
      ctx.header("Idempotent-Replayed", "true");
    }
    ctx.status(answer.status()).contentType("application/json").result(answer.body());
  }

  private static void findOrder(Context ctx, OrderStore store) {
    long id = ctx.pathParamAsClass("id", Long.class).get();
    OrderStore.StoredOrder order = store.findOrder(id);
    if (order == null) {
      throw new NotFoundResponse("no order " + id);
    }
    ctx.json(order);
  }
}
