package com.mastertrade.services.risk;

import com.mastertrade.metrics.schema.MasterTradeLabels.QueryType;
import com.mastertrade.services.common.Database;
import com.mastertrade.services.common.Events;
import com.mastertrade.services.common.Outbox;
import com.mastertrade.services.common.Topics;
import java.sql.PreparedStatement;

/**
 * Risk limit breaches, in PostgreSQL table {@code risk_breaches}, each written with its breach
 * event into the outbox in one transaction.
 */
final class BreachLog {
  private static final String TABLE = "risk_breaches";
  private final Database database;
  private final Outbox outbox;

  BreachLog(Database database, Outbox outbox) {
    this.database = database;
    this.outbox = outbox;
  }

  void createTable() {
    database.execute(
        QueryType.DDL,
        TABLE,
        "CREATE TABLE IF NOT EXISTS risk_breaches (id bigserial PRIMARY KEY, limit_name text NOT"
            + " NULL, symbol text, value double precision NOT NULL, threshold double precision NOT"
            + " NULL, created_at timestamptz NOT NULL DEFAULT now())");
  }

  /** Stores {@code breach} and its event, to be published on {@link Topics#BREACHES}. */
  void record(Events.Breach breach) {
    database.transaction(
        QueryType.INSERT,
        TABLE,
        connection -> {
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO risk_breaches (limit_name, symbol, value, threshold)"
                      + " VALUES (?, ?, ?, ?)")) {
            insert.setString(1, breach.limit());
            insert.setString(2, breach.symbol());
            insert.setDouble(3, breach.value());
            insert.setDouble(4, breach.threshold());
            insert.executeUpdate();
          }
          return outbox.add(connection, Topics.BREACHES, breach);
        });
  }
}
