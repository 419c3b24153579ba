package com.mastertrade.services.risk;

import com.mastertrade.metrics.schema.MasterTradeLabels.QueryType;
import com.mastertrade.services.common.Database;
import com.mastertrade.services.common.Events;
import java.util.function.Consumer;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

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


  /** Records {@code fill} under {@code messageId}; false if that message was recorded before. */
  boolean record(String messageId, Events.Fill fill) {
    return database.query(
            QueryType.INSERT,
            TABLE,
            handle ->
                handle
                    .createUpdate(
                        "INSERT INTO risk_fills (message_id, account, order_id, symbol, side,"
                            + " quantity, price, realized_pnl, position_quantity, portfolio_value,"
                            + " total_pnl, time_millis) VALUES (:messageId, :account, :orderId,"
                            + " :symbol, :side, :quantity, :price, :realizedPnl,"
                            + " :positionQuantity, :portfolioValue, :totalPnl, :timeMillis)"
                            + " ON CONFLICT (message_id) DO NOTHING")
                    .bind("messageId", messageId)
                    .bindMethods(fill)
                    .execute())
        == 1;
  }

  /** Every recorded fill, in order id order. */
  void replay(Consumer<Events.Fill> apply) {
    database.query(
        QueryType.SELECT,
        TABLE,
        handle -> {
          handle
              .createQuery(
                  "SELECT account, order_id, symbol, side, quantity, price, realized_pnl,"
                      + " position_quantity, portfolio_value, total_pnl, time_millis"
                      + " FROM risk_fills ORDER BY order_id")
              .map(ConstructorMapper.of(Events.Fill.class))
              .forEach(apply);
          return null;
        });
  }
}
