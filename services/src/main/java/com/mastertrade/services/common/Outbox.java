package com.mastertrade.services.common;

import com.mastertrade.metrics.schema.MasterTradeLabels.QueryType;
import com.mastertrade.services.tracing.TraceParent;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

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

  /**
   * One event waiting to be published: its row id, routing key, message id, JSON body, and the W3C
   * {@code traceparent} of the work that wrote it (null if untraced).
   */
  public record Message(
      long id, String routingKey, String messageId, byte[] body, String traceParent) {}

  /**
   * Adds {@code event} to the outbox on {@code handle}, inside the caller's transaction, and
   * returns its message id (consumers apply a message id once).
   */
  public String add(Handle handle, String routingKey, Object event) {
    String messageId = UUID.randomUUID().toString();
    handle
        .createUpdate(
            "INSERT INTO outbox (service, routing_key, message_id, body, trace_parent)"
                + " VALUES (:service, :routingKey, :messageId, :body, :traceParent)")
        .bind("service", service.id())
        .bind("routingKey", routingKey)
        .bind("messageId", messageId)
        .bind("body", Json.write(event))
        // The trace of the work that writes the event: its publish, later, belongs to that trace.
        .bind("traceParent", TraceParent.current())
        .execute();
    return messageId;
  }

  /** Adds {@code event} in a transaction of its own. */
  public void add(String routingKey, Object event) {
    database.transaction(QueryType.INSERT, TABLE, handle -> add(handle, routingKey, event));
  }

  /** The oldest {@code limit} events of this service not yet published, in the order written. */
  List<Message> pending(int limit) {
    return database.query(
        QueryType.SELECT,
        TABLE,
        handle ->
            handle
                .createQuery(
                    "SELECT id, routing_key, message_id, body, trace_parent FROM outbox"
                        + " WHERE service = :service AND published_at IS NULL ORDER BY id"
                        + " LIMIT :limit")
                .bind("service", service.id())
                .bind("limit", limit)
                .map(ConstructorMapper.of(Message.class))
                .list());
  }

  /** How many events of this service wait to be published. */
  long pendingCount() {
    return database.query(
        QueryType.SELECT,
        TABLE,
        handle ->
            handle
                .createQuery(
                    "SELECT count(*) FROM outbox WHERE service = :service"
                        + " AND published_at IS NULL")
                .bind("service", service.id())
                .mapTo(Long.class)
                .one());
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
        handle ->
            handle
                .createUpdate("UPDATE outbox SET published_at = now() WHERE id = ANY (:ids)")
                .bindArray("ids", Long.class, ids)
                .execute());
  }
}
