package com.mastertrade.services.executor;

import com.mastertrade.metrics.schema.MasterTradeLabels.QueryType;
import com.mastertrade.services.common.Database;
import com.mastertrade.services.common.Side;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
    database.execute(
        QueryType.DDL,
        "orders",
        "CREATE TABLE IF NOT EXISTS orders (id bigserial PRIMARY KEY, strategy text NOT NULL,"
            + " symbol text NOT NULL, side text NOT NULL, type text NOT NULL,"
            + " quantity double precision NOT NULL, status text NOT NULL,"
            + " created_at timestamptz NOT NULL DEFAULT now(), filled_at timestamptz)");
    database.execute(
        QueryType.DDL,
        "fills",
        "CREATE TABLE IF NOT EXISTS fills (id bigserial PRIMARY KEY,"
            + " order_id bigint NOT NULL REFERENCES orders (id), price double precision NOT NULL,"
            + " quantity double precision NOT NULL, realized_pnl double precision NOT NULL,"
            + " created_at timestamptz NOT NULL DEFAULT now())");
    database.execute(
        QueryType.DDL,
        "positions",
        "CREATE TABLE IF NOT EXISTS positions (strategy text NOT NULL, symbol text NOT NULL,"
            + " quantity double precision NOT NULL, average_price double precision NOT NULL,"
            + " updated_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (strategy, symbol))");
  }

  /** Inserts a new market order and returns its id. */
  long insertOrder(String strategy, String symbol, Side side, double quantity) {
    return database.query(
        QueryType.INSERT,
        "orders",
        connection -> {
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO orders (strategy, symbol, side, type, quantity, status)"
                      + " VALUES (?, ?, ?, 'MARKET', ?, 'NEW') RETURNING id")) {
            insert.setString(1, strategy);
            insert.setString(2, symbol);
            insert.setString(3, side.name());
            insert.setDouble(4, quantity);
            try (ResultSet rows = insert.executeQuery()) {
              rows.next();
              return rows.getLong(1);
            }
          }
        });
  }

  void insertFill(long orderId, double price, double quantity, double realizedPnl) {
    database.query(
        QueryType.INSERT,
        "fills",
        connection -> {
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO fills (order_id, price, quantity, realized_pnl) VALUES (?, ?, ?,"
                      + " ?)")) {
            insert.setLong(1, orderId);
            insert.setDouble(2, price);
            insert.setDouble(3, quantity);
            insert.setDouble(4, realizedPnl);
            return insert.executeUpdate();
          }
        });
  }

  void markFilled(long orderId) {
    database.query(
        QueryType.UPDATE,
        "orders",
        connection -> {
          try (PreparedStatement update =
              connection.prepareStatement(
                  "UPDATE orders SET status = 'FILLED', filled_at = now() WHERE id = ?")) {
            update.setLong(1, orderId);
            return update.executeUpdate();
          }
        });
  }

  void upsertPosition(String strategy, String symbol, PaperBook.Position position) {
    database.query(
        QueryType.UPSERT,
        "positions",
        connection -> {
          try (PreparedStatement upsert =
              connection.prepareStatement(
                  "INSERT INTO positions (strategy, symbol, quantity, average_price)"
                      + " VALUES (?, ?, ?, ?) ON CONFLICT (strategy, symbol) DO UPDATE SET"
                      + " quantity = EXCLUDED.quantity, average_price = EXCLUDED.average_price,"
                      + " updated_at = now()")) {
            upsert.setString(1, strategy);
            upsert.setString(2, symbol);
            upsert.setDouble(3, position.quantity());
            upsert.setDouble(4, position.averagePrice());
            return upsert.executeUpdate();
          }
        });
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
