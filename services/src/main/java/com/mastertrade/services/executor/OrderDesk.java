package com.mastertrade.services.executor;

import com.mastertrade.metrics.schema.MasterTradeLabels.OrderOutcome;
import com.mastertrade.metrics.schema.MasterTradeLabels.OrderType;
import com.mastertrade.metrics.schema.MasterTradeMetrics;
import com.mastertrade.services.common.Accounts;
import com.mastertrade.services.common.Database;
import com.mastertrade.services.common.Events;
import com.mastertrade.services.common.Outbox;
import com.mastertrade.services.common.PriceSource;
import com.mastertrade.metrics.schema.MasterTradeLabels.Side;
import com.mastertrade.services.common.Symbols;
import com.mastertrade.services.common.Topics;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Paper-trades market orders: checks them, fills them at the latest price, and makes the order,
 * its fill, the position, the fill event and the answer durable in one transaction that reads the
 * stored position and fills against it. The books in memory are a cache of what PostgreSQL
 * committed: changed once a transaction's commit is confirmed, and read back from the database
 * whenever an outcome is unknown (a commit whose answer was lost may have committed), before the
 * next order, portfolio or mark to market. Orders are serialized, as one matching engine would
 * process them.
 */
final class OrderDesk {
  static final BigDecimal STARTING_CASH = BigDecimal.valueOf(100_000);
  static final BigDecimal MAX_POSITION_USD = BigDecimal.valueOf(20_000);

  /** The decimals of a fill price: prices are filled at 1e-8 of the quote currency. */
  static final int PRICE_SCALE = 8;

  private final Map<String, PaperBook> books = new ConcurrentHashMap<>();
  private final BookLoader loader;
  private final OrderStore store;
  private final IdempotencyKeys keys;
  private final Outbox outbox;
  private final PriceSource prices;
  private final MasterTradeMetrics.Trading metrics;

  /** Whether the books may differ from the database: read them back before using them. */
  private volatile boolean stale = true;

  OrderDesk(
      BookLoader loader,
      OrderStore store,
      IdempotencyKeys keys,
      Outbox outbox,
      PriceSource prices,
      MasterTradeMetrics.Trading metrics) {
    this.loader = loader;
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
    Answer answer;
    try {
      refreshIfStale();
      answer = attempt(account, request, key);
    } catch (RuntimeException e) {
      // The bad events of the order placement SLO: the executor failed, not the order.
      metrics.ordersHandled(OrderOutcome.FAILED).inc();
      throw e;
    }
    if (!answer.replayed()) {
      metrics
          .ordersHandled(
              answer.status() == Answer.CREATED ? OrderOutcome.FILLED : OrderOutcome.REJECTED)
          .inc();
    }
    return answer;
  }

  /** Reads the books back from PostgreSQL if they may differ from it; throws if it is down. */
  synchronized void refreshIfStale() {
    if (stale) {
      Map<String, PaperBook> stored = loader.load(STARTING_CASH);
      books.keySet().retainAll(stored.keySet());
      books.putAll(stored);
      stale = false;
    }
  }

  private Answer attempt(String account, OrderRequest request, String key) {
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
    BigDecimal quantity = request.quantity();
    // The HTTP API checked its orders already; signals are checked here, as is the account.
    String problem = request.problem();
    if (problem != null || !Accounts.isKnown(account)) {
      return reject(request, key, problem != null ? problem : "unknown account");
    }
    OrderType type = request.orderType();
    Double latest = prices.get(symbol);
    if (latest == null) {
      return reject(request, key, "no recent price for " + symbol);
    }
    BigDecimal price = BigDecimal.valueOf(latest).setScale(PRICE_SCALE, RoundingMode.HALF_EVEN);
    if (type == OrderType.LIMIT
        && !(side == Side.BUY
            ? price.compareTo(request.limitPrice()) <= 0
            : price.compareTo(request.limitPrice()) >= 0)) {
      return reject(
          request,
          key,
          "limit " + request.limitPrice().toPlainString() + " not reached: market price "
              + price.toPlainString());
    }
    PaperBook book = book(account);
    BigDecimal signed = side == Side.BUY ? quantity : quantity.negate();
    BigDecimal after = book.position(symbol).quantity().add(signed);
    if (after.abs().multiply(price).compareTo(MAX_POSITION_USD) > 0) {
      return reject(request, key, "position would exceed " + MAX_POSITION_USD + " USD");
    }
    // The time to fill: the fill and its transaction (or, if a server is down, to fail trying).
    OrderStore.Placed placed;
    try {
      placed =
          metrics.orderFillDuration(type).time(() -> fill(account, request, book, price, key));
    } catch (RuntimeException e) {
      // Failed, or committed with its answer lost: only the database knows which.
      stale = true;
      throw e;
    }
    PaperBook next = book.copy();
    next.record(symbol, side, quantity, price, placed.fill());
    books.put(account, next);
    if (!sameQuantity(placed.before(), book.position(symbol))) {
      // The stored position was not the one in memory: read every book back.
      stale = true;
    }
    String symbolLabel = Symbols.label(symbol);
    metrics.ordersPlaced(symbolLabel, side, type).inc();
    metrics.ordersFilled(symbolLabel, side, type).inc();
    metrics.tradeValue(side).observe(quantity.multiply(price).doubleValue());
    return filled(placed.orderId(), price);
  }

  private static boolean sameQuantity(PaperBook.Position stored, PaperBook.Position held) {
    return stored.quantity().compareTo(held.quantity()) == 0
        && stored.averagePrice().compareTo(held.averagePrice()) == 0;
  }

  /** Fills {@code request} against the stored position in one transaction: what it wrote. */
  private OrderStore.Placed fill(
      String account, OrderRequest request, PaperBook book, BigDecimal price, String key) {
    String symbol = request.symbol();
    Side side = request.side();
    BigDecimal quantity = request.quantity();
    return store.placeFilled(
        new OrderStore.Placement(account, request, price),
        (handle, placed) -> {
          PaperBook next = book.copy();
          next.record(symbol, side, quantity, price, placed.fill());
          BigDecimal value = next.valueAt(symbol, price);
          outbox.add(
              handle,
              Topics.FILLS,
              new Events.Fill(
                  account,
                  placed.orderId(),
                  symbol,
                  side,
                  quantity,
                  price,
                  placed.fill().realized(),
                  placed.fill().after().quantity(),
                  value,
                  value.subtract(STARTING_CASH),
                  System.currentTimeMillis()));
        },
        key,
        placed -> filled(placed.orderId(), price));
  }

  /**
   * The answer to a filled order: durable in PostgreSQL; its fill event is in the outbox and
   * reaches RabbitMQ when the broker confirms it, which an outage of RabbitMQ only delays.
   */
  private static Answer filled(long orderId, BigDecimal price) {
    return Answer.of(
        Answer.CREATED,
        Map.of("id", orderId, "status", "FILLED", "price", price, "fillEvent", "pending"));
  }

  /**
   * Counts {@code request} as rejected, under its symbol if that is traded, else under {@link
   * Symbols#UNKNOWN}: a symbol a client made up is never a label value.
   */
  void countRejected(OrderRequest request) {
    metrics.ordersRejected(Symbols.label(request.symbol()), request.side()).inc();
  }

  private Answer reject(OrderRequest request, String key, String reason) {
    countRejected(request);
    Answer answer = Answer.rejected(reason);
    if (key != null) {
      keys.store(key, request.fingerprint(), answer);
    }
    return answer;
  }

  /**
   * Marks every book to the latest prices: P&L per symbol, value per account, open positions. Books
   * that may differ from the database are read back first; while it is down they are not marked.
   */
  void markToMarket() {
    if (stale) {
      try {
        refreshIfStale();
      } catch (Database.DatabaseException e) {
        return;
      }
    }
    Map<String, Double> prices = this.prices.all();
    Map<String, Double> pnl = new TreeMap<>();
    for (Map.Entry<String, PaperBook> entry : books.entrySet()) {
      PaperBook book = entry.getValue();
      int open = 0;
      for (Map.Entry<String, PaperBook.Position> position : book.positions().entrySet()) {
        if (position.getValue().quantity().signum() != 0) {
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

  /** One account as {@code GET /portfolio} shows it. */
  record Account(
      BigDecimal cash, BigDecimal realizedPnl, Map<String, PaperBook.Position> positions) {}

  /** Every account, read back from the database first if the books may differ from it. */
  Map<String, Account> portfolio() {
    refreshIfStale();
    Map<String, Account> result = new TreeMap<>();
    books.forEach(
        (account, book) ->
            result.put(account, new Account(book.cash(), book.realizedPnl(), book.positions())));
    return result;
  }

  private PaperBook book(String account) {
    return books.computeIfAbsent(account, a -> new PaperBook(STARTING_CASH));
  }
}
