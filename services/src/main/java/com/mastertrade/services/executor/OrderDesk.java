package com.mastertrade.services.executor;

import com.mastertrade.metrics.schema.MasterTradeLabels.OrderType;
import com.mastertrade.metrics.schema.MasterTradeMetrics;
import com.mastertrade.services.common.Bus;
import com.mastertrade.services.common.Cache;
import com.mastertrade.services.common.Events;
import com.mastertrade.services.common.Side;
import com.mastertrade.services.common.Topics;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Paper-trades market orders: checks them, persists the order, fills it at the latest cached price,
 * persists the fill and the position, updates the strategy's book, and publishes the fill. Orders
 * are serialized, as one matching engine would process them.
 */
final class OrderDesk {
  static final double STARTING_CASH = 100_000;
  static final double MAX_POSITION_USD = 20_000;
  static final Set<String> SYMBOLS = Set.of("BTCUSDT", "ETHUSDT", "SOLUSDT");

  private final Map<String, PaperBook> books = new ConcurrentHashMap<>();
  private final OrderStore store;
  private final Cache cache;
  private final Bus bus;
  private final MasterTradeMetrics.Trading metrics;

  OrderDesk(OrderStore store, Cache cache, Bus bus, MasterTradeMetrics.Trading metrics) {
    this.store = store;
    this.cache = cache;
    this.bus = bus;
    this.metrics = metrics;
  }

  /** The outcome of an order: filled (with id and price) or rejected (with the reason). */
  record Result(boolean filled, long orderId, double price, String reason) {
    static Result rejected(String reason) {
      return new Result(false, 0, Double.NaN, reason);
    }
  }

  synchronized Result place(String strategy, String symbol, Side side, double quantity) {
    if (!SYMBOLS.contains(symbol) || !(quantity > 0) || Double.isInfinite(quantity)) {
      metrics.ordersRejected(symbol, toMetric(side)).inc();
      return Result.rejected("unknown symbol or non-positive quantity");
    }
    Double price = latestPrice(symbol);
    if (price == null) {
      metrics.ordersRejected(symbol, toMetric(side)).inc();
      return Result.rejected("no recent price for " + symbol);
    }
    PaperBook book = book(strategy);
    double after = book.position(symbol).quantity() + side.sign() * quantity;
    if (Math.abs(after) * price > MAX_POSITION_USD) {
      metrics.ordersRejected(symbol, toMetric(side)).inc();
      return Result.rejected("position would exceed " + MAX_POSITION_USD + " USD");
    }
    long placed = System.nanoTime();
    long orderId = store.insertOrder(strategy, symbol, side, quantity);
    metrics.ordersPlaced(symbol, toMetric(side), OrderType.MARKET).inc();

    double realized = book.fill(symbol, side, quantity, price);
    store.insertFill(orderId, price, quantity, realized);
    store.markFilled(orderId);
    store.upsertPosition(strategy, symbol, book.position(symbol));
    metrics.ordersFilled(symbol, toMetric(side), OrderType.MARKET).inc();
    metrics.orderFillDuration(OrderType.MARKET).observeNanos(System.nanoTime() - placed);
    metrics.tradeValue(toMetric(side)).observe(quantity * price);

    Map<String, Double> prices = Map.of(symbol, price);
    bus.publish(
        Topics.FILLS,
        new Events.Fill(
            strategy,
            orderId,
            symbol,
            side,
            quantity,
            price,
            realized,
            book.position(symbol).quantity(),
            book.portfolioValue(prices),
            book.portfolioValue(prices) - STARTING_CASH,
            System.currentTimeMillis()));
    return new Result(true, orderId, price, null);
  }

  /** Marks every book to the latest prices: P&L per symbol, value per account, open positions. */
  void markToMarket() {
    Map<String, Double> prices = new TreeMap<>();
    for (String symbol : SYMBOLS) {
      Double price = latestPrice(symbol);
      if (price != null) {
        prices.put(symbol, price);
      }
    }
    Map<String, Double> pnl = new TreeMap<>();
    for (Map.Entry<String, PaperBook> entry : books.entrySet()) {
      PaperBook book = entry.getValue();
      int open = 0;
      for (Map.Entry<String, PaperBook.Position> position : book.positions().entrySet()) {
        if (position.getValue().quantity() != 0) {
          open++;
        }
        Double price = prices.get(position.getKey());
        if (price != null) {
          pnl.merge(position.getKey(), position.getValue().unrealizedPnl(price), Double::sum);
        }
      }
      metrics.activePositions(entry.getKey()).set(open);
      metrics.portfolioValue(entry.getKey()).set(book.portfolioValue(prices));
    }
    pnl.forEach((symbol, value) -> metrics.positionPnl(symbol).set(value));
  }

  Map<String, Object> portfolio() {
    Map<String, Object> result = new TreeMap<>();
    books.forEach(
        (strategy, book) ->
            result.put(
                strategy,
                Map.of(
                    "cash", book.cash(),
                    "realizedPnl", book.realizedPnl(),
                    "positions", book.positions())));
    return result;
  }

  private PaperBook book(String strategy) {
    return books.computeIfAbsent(strategy, s -> new PaperBook(STARTING_CASH));
  }

  private Double latestPrice(String symbol) {
    String cached = cache.get("prices", "price:" + symbol);
    return cached == null ? null : Double.valueOf(cached);
  }

  private static MasterTradeMetrics.Side toMetric(Side side) {
    return side == Side.BUY ? MasterTradeMetrics.Side.BUY : MasterTradeMetrics.Side.SELL;
  }
}
