package com.mastertrade.services.executor;

import com.mastertrade.metrics.schema.MasterTradeLabels.QueryType;
import com.mastertrade.services.common.Database;
import java.time.Duration;
import org.jdbi.v3.core.Handle;

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
        handle ->
            handle
                .createQuery("SELECT fingerprint, status, body FROM idempotency_keys WHERE key = :key")
                .bind("key", key)
                .map(
                    (rows, context) ->
                        new Stored(
                            rows.getString("fingerprint"),
                            new Answer(rows.getInt("status"), rows.getString("body"), true)))
                .findOne()
                .orElse(null));
  }

  /**
   * Stores the first answer to {@code key} on {@code handle}, in the caller's transaction. A
   * concurrent request with the same key makes this fail on the primary key, rolling back its
   * order: one of the two is placed.
   */
  static void store(Handle handle, String key, String fingerprint, Answer answer) {
    handle
        .createUpdate(
            "INSERT INTO idempotency_keys (key, fingerprint, status, body)"
                + " VALUES (:key, :fingerprint, :status, :body)")
        .bind("key", key)
        .bind("fingerprint", fingerprint)
        .bind("status", answer.status())
        .bind("body", answer.body())
        .execute();
  }

  /** Stores an answer that changed nothing else (a rejection), in a transaction of its own. */
  void store(String key, String fingerprint, Answer answer) {
    database.query(
        QueryType.INSERT,
        TABLE,
        handle -> {
          store(handle, key, fingerprint, answer);
          return null;
        });
  }
}
