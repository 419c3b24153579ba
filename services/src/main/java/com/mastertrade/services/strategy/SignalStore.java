package com.mastertrade.services.strategy;

import com.mastertrade.metrics.schema.MasterTradeLabels.QueryType;
import com.mastertrade.services.common.Database;
import com.mastertrade.services.common.Events;
import com.mastertrade.services.common.Outbox;
import com.mastertrade.services.common.Topics;
import java.sql.PreparedStatement;
import java.sql.Timestamp;

/**
 * The signals the strategy published, in PostgreSQL table {@code signals}, each written with its
 * event into the outbox in one transaction.
 */
final class SignalStore {
  private static final String TABLE = "signals";
  private final Database database;
  private final Outbox outbox;

  SignalStore(Database database, Outbox outbox) {
    this.database = database;
    this.outbox = outbox;
  }

  void createTable() {
    database.define(
        TABLE,
        "CREATE TABLE IF NOT EXISTS signals (id bigserial PRIMARY KEY, strategy text NOT NULL,"
            + " symbol text NOT NULL, side text NOT NULL, probability_up double precision NOT NULL,"
            + " created_at timestamptz NOT NULL)");
  }

  /** Stores {@code signal} and its event, to be published on {@code signal.<symbol>}. */
  void record(Events.Signal signal) {
    database.transaction(
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
            insert.executeUpdate();
          }
          return outbox.add(connection, Topics.signal(signal.symbol()), signal);
        });
  }
}
