package com.mastertrade.services.common;

import com.mastertrade.metrics.schema.MasterTradeLabels.QueryType;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A transactional outbox in PostgreSQL table {@code outbox}: an event is written in the same
 * transaction as the state change it announces, so either both are durable or neither is. The
 * {@link OutboxRelay} publishes the rows later and marks them published once RabbitMQ confirmed
 * them; an outage of RabbitMQ delays events, it never loses one.
 */
public final class Outbox {
  static final String TABLE = "outbox";

  private final Database database;
  private final ServiceName service;

  public Outbox(Database database, ServiceName service) {
    this.database = database;
    this.service = service;
  }

  /** One event waiting to be published: its row id, routing key, message id and JSON body. */
  public record Message(long id, String routingKey, String messageId, byte[] body) {}

  public void createTable() {
    database.define(
        TABLE,
        "CREATE TABLE IF NOT EXISTS outbox (id bigserial PRIMARY KEY, service text NOT NULL,"
            + " routing_key text NOT NULL, message_id text NOT NULL UNIQUE, body bytea NOT NULL,"
            + " created_at timestamptz NOT NULL DEFAULT now(), published_at timestamptz)");
    database.define(
        TABLE,
        "CREATE INDEX IF NOT EXISTS outbox_pending ON outbox (service, id)"
            + " WHERE published_at IS NULL");
  }

  /**
   * Adds {@code event} to the outbox on {@code connection}, inside the caller's transaction, and
   * returns its message id (consumers apply a message id once).
   */
  public String add(Connection connection, String routingKey, Object event) throws SQLException {
    String messageId = UUID.randomUUID().toString();
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO outbox (service, routing_key, message_id, body) VALUES (?, ?, ?, ?)")) {
      insert.setString(1, service.id());
      insert.setString(2, routingKey);
      insert.setString(3, messageId);
      insert.setBytes(4, Json.write(event));
      insert.executeUpdate();
    }
    return messageId;
  }

  /** Adds {@code event} in a transaction of its own. */
  public void add(String routingKey, Object event) {
    database.transaction(QueryType.INSERT, TABLE, connection -> add(connection, routingKey, event));
  }

  /** The oldest {@code limit} events of this service not yet published, in the order written. */
  List<Message> pending(int limit) {
    return database.query(
        QueryType.SELECT,
        TABLE,
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT id, routing_key, message_id, body FROM outbox"
                      + " WHERE service = ? AND published_at IS NULL ORDER BY id LIMIT ?")) {
            select.setString(1, service.id());
            select.setInt(2, limit);
            List<Message> messages = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                messages.add(
                    new Message(
                        rows.getLong(1), rows.getString(2), rows.getString(3), rows.getBytes(4)));
              }
            }
            return messages;
          }
        });
  }

  /** How many events of this service wait to be published. */
  long pendingCount() {
    return database.query(
        QueryType.SELECT,
        TABLE,
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT count(*) FROM outbox WHERE service = ? AND published_at IS NULL")) {
            select.setString(1, service.id());
            try (ResultSet rows = select.executeQuery()) {
              rows.next();
              return rows.getLong(1);
            }
          }
        });
  }

  /** Deletes this service's events published more than {@code age} ago: the table stays small. */
  void prunePublished(Duration age) {
    database.update(
        QueryType.DELETE,
        TABLE,
        "DELETE FROM outbox WHERE service = ? AND published_at < now() - ? * interval '1 second'",
        service.id(),
        age.toSeconds());
  }

  /** Marks the rows {@code ids} published: RabbitMQ has confirmed them. */
  void markPublished(List<Long> ids) {
    database.query(
        QueryType.UPDATE,
        TABLE,
        connection -> {
          try (PreparedStatement update =
              connection.prepareStatement(
                  "UPDATE outbox SET published_at = now() WHERE id = ANY (?)")) {
            Array array = connection.createArrayOf("bigint", ids.toArray());
            update.setArray(1, array);
            return update.executeUpdate();
          }
        });
  }
}
