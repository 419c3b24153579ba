package com.mastertrade.services.strategy;

import com.mastertrade.metrics.schema.MasterTradeLabels.QueryType;
import com.mastertrade.services.common.Database;
import com.mastertrade.services.common.Events;
import java.sql.PreparedStatement;
import java.sql.Timestamp;

/** The signals the strategy published, in PostgreSQL table {@code signals}. */
final class SignalStore {
  private static final String TABLE = "signals";
  private final Database database;

  SignalStore(Database database) {
    this.database = database;
  }

  void createTable() {
    database.execute(
        QueryType.DDL,
        TABLE,
        "CREATE TABLE IF NOT EXISTS signals (id bigserial PRIMARY KEY, strategy text NOT NULL,"
            + " symbol text NOT NULL, side text NOT NULL, probability_up double precision NOT NULL,"
            + " created_at timestamptz NOT NULL)");
  }

  void insert(Events.Signal signal) {
    database.query(
        QueryType.INSERT,
        TABLE,
        connection -> {
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO signals (strategy, symbol, side, probability_up, created_at)"
                      + " VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, signal.strategy());
            insert.setString(2, signal.symbol());
            insert.setString(3, signal.side().name());
            insert.setDouble(4, signal.probabilityUp());
            insert.setTimestamp(5, new Timestamp(signal.timeMillis()));
            return insert.executeUpdate();
          }
        });
  }
}
