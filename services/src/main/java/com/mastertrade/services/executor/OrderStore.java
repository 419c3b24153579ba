package com.mastertrade.services.executor;

import com.mastertrade.metrics.schema.MasterTradeLabels.QueryType;
import com.mastertrade.services.common.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Orders, fills and positions in PostgreSQL tables {@code orders}, {@code fills}, {@code
 * positions}.
 */
final class OrderStore {
  private final Database database;

  OrderStore(Database database) {
    this.database = database;
  }

  void createTables() {
    database.define(
        "orders",
        "CREATE TABLE IF NOT EXISTS orders (id bigserial PRIMARY KEY, strategy text NOT NULL,"
            + " symbol text NOT NULL, side text NOT NULL, type text NOT NULL,"
            + " quantity double precision NOT NULL, status text NOT NULL,"
            + " created_at timestamptz NOT NULL DEFAULT now(), filled_at timestamptz)");
    database.define(
        "fills",
        "CREATE TABLE IF NOT EXISTS fills (id bigserial PRIMARY KEY,"
            + " order_id bigint NOT NULL REFERENCES orders (id), price double precision NOT NULL,"
            + " quantity double precision NOT NULL, realized_pnl double precision NOT NULL,"
            + " created_at timestamptz NOT NULL DEFAULT now())");
    database.define(
        "positions",
        "CREATE TABLE IF NOT EXISTS positions (strategy text NOT NULL, symbol text NOT NULL,"
            + " quantity double precision NOT NULL, average_price double precision NOT NULL,"
            + " updated_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (strategy, symbol))");
  }

  /** A filled order as one transaction writes it: the order, its fill and the account after. */
  record FilledOrder(
      String account,
      OrderRequest request,
      double price,
      double realizedPnl,
      PaperBook.Position position) {}

  /**
   * Writes the order, its fill, the position, the fill event (through {@code announce}, into the
   * outbox) and the answer of its idempotency key (if any) in one transaction, and returns the
   * order id. Either all of it is durable or none of it is.
   */
  long placeFilled(FilledOrder order, Announcement announce, String key, AnswerFor answer) {
    return database.transaction(
        QueryType.INSERT,
        "orders",
        connection -> {
          long orderId = insertOrder(connection, order);
          insertFill(connection, orderId, order);
          upsertPosition(connection, order);
          announce.write(connection, orderId);
          if (key != null) {
            IdempotencyKeys.store(
                connection, key, order.request().fingerprint(), answer.of(orderId));
          }
          return orderId;
        });
  }

  /** Writes the fill event of order {@code orderId} into the outbox on {@code connection}. */
  @FunctionalInterface
  interface Announcement {
    void write(Connection connection, long orderId) throws SQLException;
  }

  /** The answer to the client once the order has its id. */
  @FunctionalInterface
  interface AnswerFor {
    Answer of(long orderId);
  }

  private static long insertOrder(Connection connection, FilledOrder order) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO orders (strategy, symbol, side, type, quantity, status, filled_at)"
                + " VALUES (?, ?, ?, ?, ?, 'FILLED', now()) RETURNING id")) {
      insert.setString(1, order.account());
      insert.setString(2, order.request().symbol());
      insert.setString(3, order.request().side().name());
      insert.setString(4, order.request().orderType().name());
      insert.setDouble(5, order.request().quantity());
      try (ResultSet rows = insert.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private static void insertFill(Connection connection, long orderId, FilledOrder order)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO fills (order_id, price, quantity, realized_pnl) VALUES (?, ?, ?, ?)")) {
      insert.setLong(1, orderId);
      insert.setDouble(2, order.price());
      insert.setDouble(3, order.request().quantity());
      insert.setDouble(4, order.realizedPnl());
      insert.executeUpdate();
    }
  }

  private static void upsertPosition(Connection connection, FilledOrder order) throws SQLException {
    try (PreparedStatement upsert =
        connection.prepareStatement(
            "INSERT INTO positions (strategy, symbol, quantity, average_price)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT (strategy, symbol) DO UPDATE SET"
                + " quantity = EXCLUDED.quantity, average_price = EXCLUDED.average_price,"
                + " updated_at = now()")) {
      upsert.setString(1, order.account());
      upsert.setString(2, order.request().symbol());
      upsert.setDouble(3, order.position().quantity());
      upsert.setDouble(4, order.position().averagePrice());
      upsert.executeUpdate();
    }
  }

  /** The order with its fill, or null if there is no such order. */
  Map<String, Object> findOrder(long id) {
    return database.query(
        QueryType.SELECT,
        "orders",
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT o.id, o.strategy, o.symbol, o.side, o.type, o.quantity, o.status,"
                      + " f.price FROM orders o LEFT JOIN fills f ON f.order_id = o.id"
                      + " WHERE o.id = ?")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
              if (!rows.next()) {
                return null;
              }
              Map<String, Object> order = new LinkedHashMap<>();
              order.put("id", rows.getLong(1));
              order.put("strategy", rows.getString(2));
              order.put("symbol", rows.getString(3));
              order.put("side", rows.getString(4));
              order.put("type", rows.getString(5));
              order.put("quantity", rows.getDouble(6));
              order.put("status", rows.getString(7));
              double price = rows.getDouble(8);
              order.put("fillPrice", rows.wasNull() ? null : price);
              return order;
            }
          }
        });
  }
}
