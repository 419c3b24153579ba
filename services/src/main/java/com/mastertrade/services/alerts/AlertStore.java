package com.mastertrade.services.alerts;

import com.mastertrade.metrics.schema.MasterTradeLabels.AlertPriority;
import com.mastertrade.metrics.schema.MasterTradeLabels.QueryType;
import com.mastertrade.services.common.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Alerts in PostgreSQL table {@code alerts}: each with the id of the event that raised it (unique,
 * so a redelivered event raises nothing twice) and when it was resolved (null while active), so the
 * active alerts are rebuilt from the table at start.
 */
final class AlertStore {
  private static final String TABLE = "alerts";
  private final Database database;

  AlertStore(Database database) {
    this.database = database;
  }

  void createTable() {
    database.define(
        TABLE,
        "CREATE TABLE IF NOT EXISTS alerts (id bigserial PRIMARY KEY, type text NOT NULL,"
            + " priority text NOT NULL, message text NOT NULL, created_at timestamptz NOT NULL)");
    // Tables of earlier versions lack these columns.
    database.define(
        TABLE,
        "ALTER TABLE alerts ADD COLUMN IF NOT EXISTS event_id text,"
            + " ADD COLUMN IF NOT EXISTS resolved_at timestamptz");
    database.define(
        TABLE, "CREATE UNIQUE INDEX IF NOT EXISTS alerts_event_id ON alerts (event_id)");
  }

  /**
   * Stores {@code alert}, raised by event {@code eventId} (null for the system's own checks), and
   * in the same transaction a pending delivery per channel of {@code deliveries}; returns the
   * alert's id, or empty if that event had raised an alert already.
   */
  OptionalLong insert(Alert alert, String eventId, AlertDeliveryQueue deliveries) {
    return database.transaction(
        QueryType.INSERT,
        TABLE,
        connection -> {
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO alerts (type, priority, message, created_at, event_id)"
                      + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING RETURNING id")) {
            insert.setString(1, alert.type());
            insert.setString(2, alert.priority().name());
            insert.setString(3, alert.message());
            insert.setTimestamp(4, new Timestamp(alert.timeMillis()));
            insert.setString(5, eventId);
            try (ResultSet rows = insert.executeQuery()) {
              if (!rows.next()) {
                return OptionalLong.empty();
              }
              long id = rows.getLong(1);
              deliveries.add(connection, id);
              return OptionalLong.of(id);
            }
          }
        });
  }

  /** Marks the active alerts of {@code type} resolved now. */
  void resolve(String type) {
    database.update(
        QueryType.UPDATE,
        TABLE,
        "UPDATE alerts SET resolved_at = now() WHERE type = ? AND resolved_at IS NULL",
        type);
  }

  /** Marks the alerts raised more than {@code holdMillis} ago resolved at the end of the hold. */
  void expire(long holdMillis) {
    database.update(
        QueryType.UPDATE,
        TABLE,
        "UPDATE alerts SET resolved_at = created_at + ? * interval '1 millisecond'"
            + " WHERE resolved_at IS NULL AND created_at < now() - ? * interval '1 millisecond'",
        holdMillis,
        holdMillis);
  }

  /** The latest unresolved alert of every type. */
  List<Alert> active() {
    return database.query(
        QueryType.SELECT,
        TABLE,
        connection -> {
          try (PreparedStatement select =
                  connection.prepareStatement(
                      "SELECT DISTINCT ON (type) type, priority, message, created_at FROM alerts"
                          + " WHERE resolved_at IS NULL ORDER BY type, created_at DESC");
              ResultSet rows = select.executeQuery()) {
            List<Alert> result = new ArrayList<>();
            while (rows.next()) {
              result.add(
                  new Alert(
                      rows.getString(1),
                      AlertPriority.valueOf(rows.getString(2)),
                      rows.getString(3),
                      rows.getTimestamp(4).getTime()));
            }
            return result;
          }
        });
  }

  List<Map<String, Object>> recent(int limit) {
    return database.query(
        QueryType.SELECT,
        TABLE,
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT id, type, priority, message, created_at, resolved_at FROM alerts"
                      + " ORDER BY id DESC LIMIT ?")) {
            select.setInt(1, limit);
            List<Map<String, Object>> result = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", rows.getLong(1));
                row.put("type", rows.getString(2));
                row.put("priority", rows.getString(3));
                row.put("message", rows.getString(4));
                row.put("createdAt", rows.getTimestamp(5).toInstant().toString());
                Timestamp resolved = rows.getTimestamp(6);
                row.put("resolvedAt", resolved == null ? null : resolved.toInstant().toString());
                result.add(row);
              }
            }
            return result;
          }
        });
  }
}
