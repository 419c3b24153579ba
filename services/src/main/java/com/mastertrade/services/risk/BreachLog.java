package com.mastertrade.services.risk;

import com.mastertrade.metrics.schema.MasterTradeLabels.QueryType;
import com.mastertrade.services.common.Database;
import com.mastertrade.services.common.Events;
import com.mastertrade.services.common.Outbox;
import com.mastertrade.services.common.Topics;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Risk limit breaches, in PostgreSQL table {@code risk_breaches}, each written with its breach
 * event into the outbox in one transaction. A breach stays open until its limit is back within
 * bounds, so a restarted risk manager knows which limits are already announced as breached.
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
    database.define(
        TABLE,
        "CREATE TABLE IF NOT EXISTS risk_breaches (id bigserial PRIMARY KEY, limit_name text NOT"
            + " NULL, symbol text, value double precision NOT NULL, threshold double precision NOT"
            + " NULL, created_at timestamptz NOT NULL DEFAULT now())");
    // Tables of earlier versions lack the column.
    database.define(
        TABLE, "ALTER TABLE risk_breaches ADD COLUMN IF NOT EXISTS cleared_at timestamptz");
  }

  /** The names of the limits with a breach not yet cleared. */
  Set<String> open() {
    return database.query(
        QueryType.SELECT,
        TABLE,
        connection -> {
          try (PreparedStatement select =
                  connection.prepareStatement(
                      "SELECT DISTINCT limit_name FROM risk_breaches WHERE cleared_at IS NULL");
              ResultSet rows = select.executeQuery()) {
            Set<String> limits = new TreeSet<>();
            while (rows.next()) {
              limits.add(rows.getString(1));
            }
            return limits;
          }
        });
  }

  /** Clears the open breaches of {@code limit}: it is back within bounds. */
  void clear(String limit) {
    database.update(
        QueryType.UPDATE,
        TABLE,
        "UPDATE risk_breaches SET cleared_at = now() WHERE limit_name = ? AND cleared_at IS NULL",
        limit);
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
