package com.mastertrade.services.alerts;

import com.mastertrade.metrics.schema.MasterTradeLabels.AlertChannel;
import com.mastertrade.metrics.schema.MasterTradeLabels.QueryType;
import com.mastertrade.services.common.Database;
import java.time.Duration;
import java.util.List;
import org.jdbi.v3.core.Handle;

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
  record Due(long alertId, AlertChannel channel, RaisedAlert alert) {}

  List<AlertChannel> channels() {
    return channels;
  }


  /** Adds a pending delivery per channel of alert {@code alertId}, in the caller's transaction. */
  void add(Handle handle, long alertId) {
    handle
        .createUpdate(
            "INSERT INTO alert_deliveries (alert_id, channel, next_attempt_at)"
                + " SELECT :alertId, unnest(:channels), now() + :grace * interval '1 millisecond'")
        .bind("alertId", alertId)
        .bindArray("channels", String.class, channels.stream().map(Enum::name).toList())
        .bind("grace", INLINE_GRACE.toMillis())
        .execute();
  }

  /** The oldest {@code limit} deliveries due now. */
  List<Due> due(int limit) {
    return database.query(
        QueryType.SELECT,
        TABLE,
        handle ->
            handle
                .createQuery(
                    "SELECT d.alert_id, d.channel, a.type, a.priority, a.message, a.created_at"
                        + " FROM alert_deliveries d JOIN alerts a ON a.id = d.alert_id"
                        + " WHERE d.delivered_at IS NULL AND d.attempts < :maxAttempts"
                        + " AND d.next_attempt_at <= now() ORDER BY d.alert_id LIMIT :limit")
                .bind("maxAttempts", MAX_ATTEMPTS)
                .bind("limit", limit)
                .map(
                    (rows, context) ->
                        new Due(
                            rows.getLong("alert_id"),
                            AlertChannel.valueOf(rows.getString("channel")),
                            AlertStore.alert(rows, context)))
                .list());
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
        handle ->
            handle
                .createQuery(
                    "UPDATE alert_deliveries SET attempts = attempts + 1, next_attempt_at = now()"
                        + " + least(:first * power(2, attempts), :max) * interval '1 millisecond'"
                        + " WHERE alert_id = :alertId AND channel = :channel RETURNING attempts")
                .bind("first", firstBackoff.toMillis())
                .bind("max", MAX_BACKOFF.toMillis())
                .bind("alertId", alertId)
                .bind("channel", channel.name())
                .mapTo(Integer.class)
                .findOne()
                .orElse(0));
  }
}
