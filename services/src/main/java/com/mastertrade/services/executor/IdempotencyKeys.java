package com.mastertrade.services.executor;

import com.mastertrade.metrics.schema.MasterTradeLabels.QueryType;
import com.mastertrade.services.common.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * The first answer to every order placed with an idempotency key, in PostgreSQL table {@code
 * idempotency_keys}, written in the same transaction as the order: a retried request gets the first
 * answer and places nothing twice. Orders from signals use the signal's message id as key, so a
 * redelivered signal trades once.
 */
final class IdempotencyKeys {
  static final String TABLE = "idempotency_keys";

  /** How long a key and its first answer are kept. */
  static final Duration RETENTION = Duration.ofHours(24);

  private final Database database;

  IdempotencyKeys(Database database) {
    this.database = database;
  }

  /** The first answer to a key and the fingerprint of the request that got it. */
  record Stored(String fingerprint, Answer answer) {}

  void createTable() {
    database.define(
        TABLE,
        "CREATE TABLE IF NOT EXISTS idempotency_keys (key text PRIMARY KEY,"
            + " fingerprint text NOT NULL, status integer NOT NULL, body text NOT NULL,"
            + " created_at timestamptz NOT NULL DEFAULT now())");
  }

  /** Forgets the keys older than {@link #RETENTION}. */
  void prune() {
    database.update(
        QueryType.DELETE,
        TABLE,
        "DELETE FROM idempotency_keys WHERE created_at < now() - ? * interval '1 second'",
        RETENTION.toSeconds());
  }

  /** The stored answer to {@code key}, or null if no request with it was answered yet. */
  Stored find(String key) {
    return database.query(
        QueryType.SELECT,
        TABLE,
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT fingerprint, status, body FROM idempotency_keys WHERE key = ?")) {
            select.setString(1, key);
            try (ResultSet rows = select.executeQuery()) {
              if (!rows.next()) {
                return null;
              }
              return new Stored(
                  rows.getString(1), new Answer(rows.getInt(2), rows.getString(3), true));
            }
          }
        });
  }

  /**
   * Stores the first answer to {@code key} on {@code connection}, in the caller's transaction. A
   * concurrent request with the same key makes this fail on the primary key, rolling back its
   * order: one of the two is placed.
   */
  static void store(Connection connection, String key, String fingerprint, Answer answer)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO idempotency_keys (key, fingerprint, status, body) VALUES (?, ?, ?, ?)")) {
      insert.setString(1, key);
      insert.setString(2, fingerprint);
      insert.setInt(3, answer.status());
      insert.setString(4, answer.body());
      insert.executeUpdate();
    }
  }

  /** Stores an answer that changed nothing else (a rejection), in a transaction of its own. */
  void store(String key, String fingerprint, Answer answer) {
    database.query(
        QueryType.INSERT,
        TABLE,
        connection -> {
          store(connection, key, fingerprint, answer);
          return null;
        });
  }
}
