package com.mastertrade.services.executor;

import com.mastertrade.metrics.schema.MasterTradeLabels.QueryType;
import com.mastertrade.services.common.Database;
import java.math.BigDecimal;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * Orders, fills and positions in PostgreSQL tables {@code orders}, {@code fills}, {@code
 * positions}. A position is read and written in the transaction of the fill that changes it, so
 * {@code positions} is the sum of {@code fills} whatever the executor's memory holds.
 */
final class OrderStore {
  private final Database database;

  OrderStore(Database database) {
    this.database = database;
  }

  /** An order to fill: who, what, and at which price. */
  record Placement(String account, OrderRequest request, BigDecimal price) {}

  /** What one order's transaction wrote: the order id, the position before and the fill. */
  record Placed(long orderId, PaperBook.Position before, PaperBook.Fill fill) {}

  /**
   * In one transaction: locks and reads the stored position, fills the order against it, writes
   * the order, its fill and the position after, then the fill event (through {@code announce},
   * into the outbox) and the answer of its idempotency key (if any). Either all of it is durable or
   * none of it is.
   */
  Placed placeFilled(Placement order, Announcement announce, String key, AnswerFor answer) {
    return database.transaction(
        QueryType.INSERT,
        "orders",
        handle -> {
          OrderRequest request = order.request();
          PaperBook.Position before = lockPosition(handle, order.account(), request.symbol());
          PaperBook.Fill fill =
              PaperBook.apply(before, request.side(), request.quantity(), order.price());
          long orderId =
              handle
                  .createQuery(
                      "INSERT INTO orders"
                          + " (strategy, symbol, side, type, quantity, limit_price, status,"
                          + " filled_at) VALUES (:account, :symbol, :side, :type, :quantity,"
                          + " :limitPrice, 'FILLED', now()) RETURNING id")
                  .bind("account", order.account())
                  .bind("symbol", request.symbol())
                  .bind("side", request.side().name())
                  .bind("type", request.orderType().name())
                  .bind("quantity", request.quantity())
                  .bind("limitPrice", request.limitPrice())
                  .mapTo(Long.class)
                  .one();
          handle
              .createUpdate(
                  "INSERT INTO fills (order_id, price, quantity, realized_pnl)"
                      + " VALUES (:orderId, :price, :quantity, :realized)")
              .bind("orderId", orderId)
              .bind("price", order.price())
              .bind("quantity", request.quantity())
              .bind("realized", fill.realized())
              .execute();
          handle
              .createUpdate(
                  "INSERT INTO positions (strategy, symbol, quantity, average_price)"
                      + " VALUES (:account, :symbol, :quantity, :average)"
                      + " ON CONFLICT (strategy, symbol) DO UPDATE SET"
                      + " quantity = EXCLUDED.quantity, average_price = EXCLUDED.average_price,"
                      + " updated_at = now()")
              .bind("account", order.account())
              .bind("symbol", request.symbol())
              .bind("quantity", fill.after().quantity())
              .bind("average", fill.after().averagePrice())
              .execute();
          Placed placed = new Placed(orderId, before, fill);
          announce.write(handle, placed);
          if (key != null) {
            IdempotencyKeys.store(handle, key, request.fingerprint(), answer.of(placed));
          }
          return placed;
        });
  }

  private static PaperBook.Position lockPosition(Handle handle, String account, String symbol) {
    return handle
        .createQuery(
            "SELECT quantity, average_price FROM positions"
                + " WHERE strategy = :account AND symbol = :symbol FOR UPDATE")
        .bind("account", account)
        .bind("symbol", symbol)
        .map(ConstructorMapper.of(PaperBook.Position.class))
        .findOne()
        .orElse(PaperBook.Position.NONE);
  }

  /** Writes the fill event of {@code placed} into the outbox on {@code handle}. */
  @FunctionalInterface
  interface Announcement {
    void write(Handle handle, Placed placed);
  }

  /** The answer to the client once the order has its id. */
  @FunctionalInterface
  interface AnswerFor {
    Answer of(Placed placed);
  }

  /** An order with its fill price, as {@code GET /orders/{id}} shows it. */
  record StoredOrder(
      long id,
      String strategy,
      String symbol,
      String side,
      String type,
      BigDecimal quantity,
      BigDecimal limitPrice,
      String status,
      BigDecimal fillPrice) {}

  /** The order with its fill, or null if there is no such order. */
  StoredOrder findOrder(long id) {
    return database.query(
        QueryType.SELECT,
        "orders",
        handle ->
            handle
                .createQuery(
                    "SELECT o.id, o.strategy, o.symbol, o.side, o.type, o.quantity,"
                        + " o.limit_price, o.status, f.price AS fill_price"
                        + " FROM orders o LEFT JOIN fills f ON f.order_id = o.id"
                        + " WHERE o.id = :id")
                .bind("id", id)
                .map(ConstructorMapper.of(StoredOrder.class))
                .findOne()
                .orElse(null));
  }
}
