package com.mastertrade.services.alerts;

import com.mastertrade.metrics.schema.MasterTradeLabels.AlertPriority;
import com.mastertrade.metrics.schema.MasterTradeLabels.QueryType;
import com.mastertrade.services.common.Database;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jdbi.v3.core.statement.StatementContext;

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


  /**
   * Stores {@code alert}, raised by event {@code eventId} (null for the system's own checks), and
   * in the same transaction a pending delivery per channel of {@code deliveries}; returns the
   * alert's id, or empty if that event had raised an alert already.
   */
  OptionalLong insert(RaisedAlert alert, String eventId, AlertDeliveryQueue deliveries) {
    return database.transaction(
        QueryType.INSERT,
        TABLE,
        handle -> {
          Optional<Long> id =
              handle
                  .createQuery(
                      "INSERT INTO alerts (type, priority, message, created_at, event_id)"
                          + " VALUES (:type, :priority, :message, :createdAt, :eventId)"
                          + " ON CONFLICT (event_id) DO NOTHING RETURNING id")
                  .bind("type", alert.type())
                  .bind("priority", alert.priority().name())
                  .bind("message", alert.message())
                  .bind("createdAt", Instant.ofEpochMilli(alert.timeMillis()))
                  .bind("eventId", eventId)
                  .mapTo(Long.class)
                  .findOne();
          id.ifPresent(alertId -> deliveries.add(handle, alertId));
          return id.map(OptionalLong::of).orElse(OptionalLong.empty());
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
  List<RaisedAlert> active() {
    return database.query(
        QueryType.SELECT,
        TABLE,
        handle ->
            handle
                .createQuery(
                    "SELECT DISTINCT ON (type) type, priority, message, created_at FROM alerts"
                        + " WHERE resolved_at IS NULL ORDER BY type, created_at DESC")
                .map(AlertStore::alert)
                .list());
  }

  /** An alert row (type, priority, message, created_at) as an alert. */
  static RaisedAlert alert(ResultSet rows, StatementContext context) throws SQLException {
    return new RaisedAlert(
        rows.getString("type"),
        AlertPriority.valueOf(rows.getString("priority")),
        rows.getString("message"),
        rows.getTimestamp("created_at").getTime());
  }

  /** An alert as {@code GET /alerts} lists it, its times in ISO-8601. */
  record StoredAlert(
      long id, String type, String priority, String message, String createdAt, String resolvedAt) {}

  List<StoredAlert> recent(int limit) {
    return database.query(
        QueryType.SELECT,
        TABLE,
        handle ->
            handle
                .createQuery(
                    "SELECT id, type, priority, message, created_at, resolved_at FROM alerts"
                        + " ORDER BY id DESC LIMIT :limit")
                .bind("limit", limit)
                .map(
                    (rows, context) -> {
                      Timestamp resolved = rows.getTimestamp("resolved_at");
                      return new StoredAlert(
                          rows.getLong("id"),
                          rows.getString("type"),
                          rows.getString("priority"),
                          rows.getString("message"),
                          rows.getTimestamp("created_at").toInstant().toString(),
                          resolved == null ? null : resolved.toInstant().toString());
                    })
                .list());
  }
}
