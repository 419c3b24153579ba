package com.mastertrade.services.alerts;

import com.mastertrade.metrics.schema.MasterTradeLabels.AlertChannel;
import com.mastertrade.metrics.schema.MasterTradeLabels.AlertPriority;
import com.mastertrade.metrics.schema.MasterTradeLabels.QueryType;
import com.mastertrade.services.common.Database;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The deliveries of alerts still to be made, in PostgreSQL table {@code alert_deliveries}: one row
 * per alert and channel, written with the alert, marked when the channel took it. A delivery that
 * failed is due again after a backoff that doubles up to {@link #MAX_BACKOFF}, so a dead webhook
 * delays its alerts instead of losing them, until {@link #MAX_ATTEMPTS} attempts have failed.
 */
final class AlertDeliveryQueue {
  static final String TABLE = "alert_deliveries";

  /** Attempts before a delivery is given up (with the backoff, more than an hour). */
  static final int MAX_ATTEMPTS = 20;

  private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

  /**
   * A new delivery is left to the inline attempt this long before a retry may take it: only a
   * process that stopped between storing and delivering leaves it pending that long.
   */
  private static final Duration INLINE_GRACE = Duration.ofSeconds(30);

  private final Database database;
  private final List<AlertChannel> channels;
  private final Duration firstBackoff;

  AlertDeliveryQueue(Database database, List<AlertChannel> channels, Duration firstBackoff) {
    this.database = database;
    this.channels = List.copyOf(channels);
    this.firstBackoff = firstBackoff;
  }

  /** A delivery that is due: the alert, its id and the channel. */
  record Due(long alertId, AlertChannel channel, Alert alert) {}

  List<AlertChannel> channels() {
    return channels;
  }

  void createTable() {
    database.define(
        TABLE,
        "CREATE TABLE IF NOT EXISTS alert_deliveries (alert_id bigint NOT NULL REFERENCES alerts"
            + " (id), channel text NOT NULL, attempts int NOT NULL DEFAULT 0,"
            + " next_attempt_at timestamptz NOT NULL, delivered_at timestamptz,"
            + " PRIMARY KEY (alert_id, channel))");
    database.define(
        TABLE,
        "CREATE INDEX IF NOT EXISTS alert_deliveries_due ON alert_deliveries (next_attempt_at)"
            + " WHERE delivered_at IS NULL");
  }

  /** Adds a pending delivery per channel of alert {@code alertId}, in the caller's transaction. */
  void add(Connection connection, long alertId) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO alert_deliveries (alert_id, channel, next_attempt_at)"
                + " SELECT ?, unnest(?), now() + ? * interval '1 millisecond'")) {
      Array names = connection.createArrayOf("text", channels.stream().map(Enum::name).toArray());
      insert.setLong(1, alertId);
      insert.setArray(2, names);
      insert.setLong(3, INLINE_GRACE.toMillis());
      insert.executeUpdate();
    }
  }

  /** The oldest {@code limit} deliveries due now. */
  List<Due> due(int limit) {
    return database.query(
        QueryType.SELECT,
        TABLE,
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT d.alert_id, d.channel, a.type, a.priority, a.message, a.created_at"
                      + " FROM alert_deliveries d JOIN alerts a ON a.id = d.alert_id"
                      + " WHERE d.delivered_at IS NULL AND d.attempts < ?"
                      + " AND d.next_attempt_at <= now() ORDER BY d.alert_id LIMIT ?")) {
            select.setInt(1, MAX_ATTEMPTS);
            select.setInt(2, limit);
            List<Due> due = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                Alert alert =
                    new Alert(
                        rows.getString(3),
                        AlertPriority.valueOf(rows.getString(4)),
                        rows.getString(5),
                        rows.getTimestamp(6).getTime());
                due.add(new Due(rows.getLong(1), AlertChannel.valueOf(rows.getString(2)), alert));
              }
            }
            return due;
          }
        });
  }

  /** Marks the delivery of alert {@code alertId} by {@code channel} made. */
  void delivered(long alertId, AlertChannel channel) {
    database.update(
        QueryType.UPDATE,
        TABLE,
        "UPDATE alert_deliveries SET delivered_at = now() WHERE alert_id = ? AND channel = ?",
        alertId,
        channel.name());
  }

  /**
   * Counts a failed attempt and makes the delivery due again after the backoff; returns the
   * attempts made so far.
   */
  int failed(long alertId, AlertChannel channel) {
    return database.query(
        QueryType.UPDATE,
        TABLE,
        connection -> {
          try (PreparedStatement update =
              connection.prepareStatement(
                  "UPDATE alert_deliveries SET attempts = attempts + 1, next_attempt_at = now()"
                      + " + least(? * power(2, attempts), ?) * interval '1 millisecond'"
                      + " WHERE alert_id = ? AND channel = ? RETURNING attempts")) {
            update.setLong(1, firstBackoff.toMillis());
            update.setLong(2, MAX_BACKOFF.toMillis());
            update.setLong(3, alertId);
            update.setString(4, channel.name());
            try (ResultSet rows = update.executeQuery()) {
              return rows.next() ? rows.getInt(1) : 0;
            }
          }
        });
  }
}
