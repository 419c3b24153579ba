package com.mastertrade.services.risk;

import com.mastertrade.metrics.schema.MasterTradeLabels.QueryType;
import com.mastertrade.services.common.Database;
import com.mastertrade.services.common.Events;
import java.sql.PreparedStatement;

/** Risk limit breaches, in PostgreSQL table {@code risk_breaches}. */
final class BreachLog {
  private static final String TABLE = "risk_breaches";
  private final Database database;

  BreachLog(Database database) {
    this.database = database;
  }

  void createTable() {
    database.execute(
        QueryType.DDL,
        TABLE,
        "CREATE TABLE IF NOT EXISTS risk_breaches (id bigserial PRIMARY KEY, limit_name text NOT"
            + " NULL, symbol text, value double precision NOT NULL, threshold double precision NOT"
            + " NULL, created_at timestamptz NOT NULL DEFAULT now())");
  }

  void insert(Events.Breach breach) {
    database.query(
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
            return insert.executeUpdate();
          }
        });
  }
}
