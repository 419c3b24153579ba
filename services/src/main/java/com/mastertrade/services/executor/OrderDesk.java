package com.mastertrade.services.executor;

import com.mastertrade.metrics.schema.MasterTradeLabels.OrderType;
import com.mastertrade.metrics.schema.MasterTradeMetrics;
import com.mastertrade.services.common.Accounts;
import com.mastertrade.services.common.Events;
import com.mastertrade.services.common.LatestPrices;
import com.mastertrade.services.common.Outbox;
import com.mastertrade.services.common.Side;
import com.mastertrade.services.common.Symbols;
import com.mastertrade.services.common.Topics;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Paper-trades market orders: checks them, fills them at the latest cached price, and makes the
 * order, its fill, the position, the fill event and the answer durable in one transaction; the book
 * in memory changes only once that committed. Orders are serialized, as one matching engine would
 * process them.
 */
final class OrderDesk {
  static final double STARTING_CASH = 100_000;
  static final double MAX_POSITION_USD = 20_000;

  private final Map<String, PaperBook> books = new ConcurrentHashMap<>();
  private final OrderStore store;
  private final IdempotencyKeys keys;
  private final Outbox outbox;
  private final LatestPrices prices;
  private final MasterTradeMetrics.Trading metrics;

  OrderDesk(
      Map<String, PaperBook> books,
      OrderStore store,
      IdempotencyKeys keys,
      Outbox outbox,
      LatestPrices prices,
      MasterTradeMetrics.Trading metrics) {
    this.books.putAll(books);
    this.store = store;
    this.keys = keys;
    this.outbox = outbox;
    this.prices = prices;
    this.metrics = metrics;
  }

  /**
   * Places {@code request} for {@code account}. With an idempotency {@code key} (may be null), a
   * key answered before returns its first answer and places nothing; the same key with another
   * order is refused. A server that is down makes this throw, with nothing placed (or, if the
   * commit's answer was lost, placed and answered on retry with the same key).
   */
  synchronized Answer place(String account, OrderRequest request, String key) {
    String fingerprint = request.fingerprint();
    if (key != null) {
      IdempotencyKeys.Stored first = keys.find(key);
      if (first != null) {
        return first.fingerprint().equals(fingerprint)
            ? first.answer()
            : Answer.rejected("this Idempotency-Key was used for a different order");
      }
    }
    String symbol = request.symbol();
    Side side = request.side();
    double quantity = request.quantity();
    // The HTTP API checked its orders already; signals are checked here, as is the account.
    String problem = request.problem();
    if (problem != null || !Accounts.isKnown(account)) {
      return reject(request, key, problem != null ? problem : "unknown account");
    }
    OrderType type = request.orderType();
    Double price = prices.get(symbol);
    if (price == null) {
      return reject(request, key, "no recent price for " + symbol);
    }
    if (type == OrderType.LIMIT
        && !(side == Side.BUY ? price <= request.limit() : price >= request.limit())) {
      return reject(
          request, key, "limit " + request.limitPrice() + " not reached: market price " + price);
    }
    PaperBook next = book(account).copy();
    double after = next.position(symbol).quantity() + side.sign() * quantity;
    if (Math.abs(after) * price > MAX_POSITION_USD) {
      return reject(request, key, "position would exceed " + MAX_POSITION_USD + " USD");
    }
    // The time to fill: the fill and its transaction (or, if a server is down, to fail trying).
    long orderId =
        metrics.orderFillDuration(type).time(() -> fill(account, request, next, price, key));
    books.put(account, next);
    String symbolLabel = Symbols.label(symbol);
    metrics.ordersPlaced(symbolLabel, toMetric(side), type).inc();
    metrics.ordersFilled(symbolLabel, toMetric(side), type).inc();
    metrics.tradeValue(toMetric(side)).observe(quantity * price);
    return filled(orderId, price);
  }

  /** Fills {@code request} on {@code next} and writes it all in one transaction: the order id. */
  private long fill(
      String account, OrderRequest request, PaperBook next, double price, String key) {
    String symbol = request.symbol();
    Side side = request.side();
    double quantity = request.quantity();
    double realized = next.fill(symbol, side, quantity, price);
    Map<String, Double> prices = Map.of(symbol, price);
    double value = next.portfolioValue(prices);
    OrderStore.FilledOrder order =
        new OrderStore.FilledOrder(account, request, price, realized, next.position(symbol));
    return store.placeFilled(
        order,
        (connection, id) ->
            outbox.add(
                connection,
                Topics.FILLS,
                new Events.Fill(
                    account,
                    id,
                    symbol,
                    side,
                    quantity,
                    price,
                    realized,
                    next.position(symbol).quantity(),
                    value,
                    value - STARTING_CASH,
                    System.currentTimeMillis())),
        key,
        id -> filled(id, price));
  }

  /**
   * The answer to a filled order: durable in PostgreSQL; its fill event is in the outbox and
   * reaches RabbitMQ when the broker confirms it, which an outage of RabbitMQ only delays.
   */
  private static Answer filled(long orderId, double price) {
    return Answer.of(
        Answer.CREATED,
        Map.of("id", orderId, "status", "FILLED", "price", price, "fillEvent", "pending"));
  }

  /**
   * Counts {@code request} as rejected, under its symbol if that is traded, else under {@link
   * Symbols#UNKNOWN}: a symbol a client made up is never a label value.
   */
  void countRejected(OrderRequest request) {
    metrics.ordersRejected(Symbols.label(request.symbol()), toMetric(request.side())).inc();
  }

  private Answer reject(OrderRequest request, String key, String reason) {
    countRejected(request);
    Answer answer = Answer.rejected(reason);
    if (key != null) {
      keys.store(key, request.fingerprint(), answer);
    }
    return answer;
  }

  /** Marks every book to the latest prices: P&L per symbol, value per account, open positions. */
  void markToMarket() {
    Map<String, Double> prices = this.prices.all();
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
      // Books rebuilt from the database could name an account this version does not know: such
      // an account is shown in /portfolio but is no label value.
      if (Accounts.isKnown(entry.getKey())) {
        metrics.activePositions(entry.getKey()).set(open);
        metrics.portfolioValue(entry.getKey()).set(book.portfolioValue(prices));
      }
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

  private static MasterTradeMetrics.Side toMetric(Side side) {
    return side == Side.BUY ? MasterTradeMetrics.Side.BUY : MasterTradeMetrics.Side.SELL;
  }
}
