package com.mastertrade.services.executor;

import com.mastertrade.metrics.schema.PrometheusMasterTradeMetricsTrading;
import com.mastertrade.services.common.Bus;
import com.mastertrade.services.common.Cache;
import com.mastertrade.services.common.Database;
import com.mastertrade.services.common.Events;
import com.mastertrade.services.common.ServiceHost;
import com.mastertrade.services.common.ServiceName;
import com.mastertrade.services.common.Side;
import com.mastertrade.services.common.Topics;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Duration;
import java.util.Map;

/**
 * order_executor (port 9002): paper-trades the strategy's signals and the orders placed through the
 * gateway, persisting orders, fills and positions in PostgreSQL and tracking P&L and value.
 */
public final class OrderExecutor {
  /** Each signal trades this much notional. */
  static final double SIGNAL_NOTIONAL_USD = 1_000;

  private OrderExecutor() {}

  public static void main(String[] args) {
    ServiceHost.run(ServiceName.ORDER_EXECUTOR, OrderExecutor::start);
  }

  /**
   * The body of {@code POST /orders}. Such orders trade the {@code manual} account: a client does
   * not get to name accounts, which are label values.
   */
  record OrderRequest(String symbol, Side side, double quantity) {}

  static final String MANUAL = "manual";

  private static void start(ServiceHost host) throws Exception {
    Database database = Database.open(host, 4);
    Cache cache = Cache.open(host);
    Bus bus = Bus.open(host);
    OrderStore store = new OrderStore(database);
    store.createTables();
    OrderDesk desk =
        new OrderDesk(
            store, cache, bus, PrometheusMasterTradeMetricsTrading.register(host.registry()));
    bus.subscribe(
        "signals",
        Topics.SIGNALS,
        Events.Signal.class,
        signal -> {
          String price = cache.get("prices", "price:" + signal.symbol());
          if (price != null) {
            double quantity = SIGNAL_NOTIONAL_USD / Double.parseDouble(price);
            desk.place(signal.strategy(), signal.symbol(), signal.side(), quantity);
          }
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
    // A body that is not an order, malformed JSON included, is the client's error: 400.
    OrderRequest request =
        ctx.bodyValidator(OrderRequest.class)
            .check(r -> r.symbol() != null && r.side() != null, "symbol and side are required")
            .get();
    OrderDesk.Result result =
        desk.place(MANUAL, request.symbol(), request.side(), request.quantity());
    if (!result.filled()) {
      ctx.status(HttpStatus.UNPROCESSABLE_CONTENT).json(Map.of("rejected", result.reason()));
      return;
    }
    ctx.status(HttpStatus.CREATED)
        .json(Map.of("id", result.orderId(), "status", "FILLED", "price", result.price()));
  }

  private static void findOrder(Context ctx, OrderStore store) {
    long id = ctx.pathParamAsClass("id", Long.class).get();
    Map<String, Object> order = store.findOrder(id);
    if (order == null) {
      throw new NotFoundResponse("no order " + id);
    }
    ctx.json(order);
  }
}
