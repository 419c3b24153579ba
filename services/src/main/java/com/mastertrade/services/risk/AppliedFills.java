package com.mastertrade.services.risk;

import com.mastertrade.metrics.schema.MasterTradeLabels.QueryType;
import com.mastertrade.services.common.Database;
import com.mastertrade.services.common.Events;
import com.mastertrade.services.common.Side;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.function.Consumer;

/**
 * The fills the risk manager applied, in PostgreSQL table {@code risk_fills} keyed by the fill
 * event's message id: a redelivered event finds its row and is not applied twice, and the book is
 * rebuilt from the table at start.
 */
final class AppliedFills {
  private static final String TABLE = "risk_fills";
  private final Database database;

  AppliedFills(Database database) {
    this.database = database;
  }

  void createTable() {
    database.define(
        TABLE,
        "CREATE TABLE IF NOT EXISTS risk_fills (message_id text PRIMARY KEY, account text NOT NULL,"
            + " order_id bigint NOT NULL, symbol text NOT NULL, side text NOT NULL,"
            + " quantity double precision NOT NULL, price double precision NOT NULL,"
            + " realized_pnl double precision NOT NULL,"
            + " position_quantity double precision NOT NULL,"
            + " portfolio_value double precision NOT NULL, total_pnl double precision NOT NULL,"
            + " time_millis bigint NOT NULL)");
  }

  /** Records {@code fill} under {@code messageId}; false if that message was recorded before. */
  boolean record(String messageId, Events.Fill fill) {
    return database.query(
        QueryType.INSERT,
        TABLE,
        connection -> {
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO risk_fills (message_id, account, order_id, symbol, side, quantity,"
                      + " price, realized_pnl, position_quantity, portfolio_value, total_pnl,"
                      + " time_millis) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                      + " ON CONFLICT (message_id) DO NOTHING")) {
            insert.setString(1, messageId);
            insert.setString(2, fill.account());
            insert.setLong(3, fill.orderId());
            insert.setString(4, fill.symbol());
            insert.setString(5, fill.side().name());
            insert.setDouble(6, fill.quantity());
            insert.setDouble(7, fill.price());
            insert.setDouble(8, fill.realizedPnl());
            insert.setDouble(9, fill.positionQuantity());
            insert.setDouble(10, fill.portfolioValue());
            insert.setDouble(11, fill.totalPnl());
            insert.setLong(12, fill.timeMillis());
            return insert.executeUpdate() == 1;
          }
        });
  }

  /** Every recorded fill, in order id order. */
  void replay(Consumer<Events.Fill> apply) {
    database.query(
        QueryType.SELECT,
        TABLE,
        connection -> {
          try (PreparedStatement select =
                  connection.prepareStatement(
                      "SELECT account, order_id, symbol, side, quantity, price, realized_pnl,"
                          + " position_quantity, portfolio_value, total_pnl, time_millis"
                          + " FROM risk_fills ORDER BY order_id");
              ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
              apply.accept(
                  new Events.Fill(
                      rows.getString(1),
                      rows.getLong(2),
                      rows.getString(3),
                      Side.valueOf(rows.getString(4)),
                      rows.getDouble(5),
                      rows.getDouble(6),
                      rows.getDouble(7),
                      rows.getDouble(8),
                      rows.getDouble(9),
                      rows.getDouble(10),
                      rows.getLong(11)));
            }
          }
          return null;
        });
  }
}
