package com.mastertrade.services.common;

import com.mastertrade.metrics.schema.MasterTradeLabels.MessageOutcome;
import com.mastertrade.metrics.schema.MasterTradeMetrics;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import com.mastertrade.services.tracing.MessageTracing;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One consumed queue. A message whose handler fails because a server is down (a transient failure)
 * is retried with exponential backoff, while the consumer goes on with other messages; a message
 * that still fails after the last retry, or that can never succeed (malformed), is rejected into
 * the queue's dead-letter queue {@code <queue>.dead} through the dead-letter exchange. Every
 * outcome is counted. Handlers must be idempotent: RabbitMQ redelivers what was not acknowledged
 * when a connection drops.
 */
public final class QueueConsumer<T> {
  private static final Logger LOG = LoggerFactory.getLogger(QueueConsumer.class);

  /** The dead-letter exchange, a direct exchange routing by the original queue's name. */
  static final String DEAD_LETTER_EXCHANGE = "mastertrade.dead-letter";

  /** Backoff before each retry; about 30 s in all, longer than a short server outage. */
  static final long[] BACKOFF_MILLIS = {250, 500, 1_000, 2_000, 4_000, 8_000, 15_000};

  /** How long messages may wait in a queue. */
  public enum Retention {
    /** Live data (ticks): worthless when stale, so a minute at most and 10,000 messages. */
    LIVE,
    /** Events that change state (fills, breaches): kept until consumed. */
    DURABLE
  }

  /** Applies one event; {@code messageId} identifies it across redeliveries. */
  @FunctionalInterface
  public interface Handler<T> {
    /** Returns false if the event had been applied before, so it was not applied again. */
    boolean handle(String messageId, T event);
  }

  private final String queue;
  private final Retention retention;
  private final Class<T> type;
  private final Handler<T> handler;
  private final MasterTradeMetrics.RabbitMq metrics;
  private final ServiceName service;
  private final ScheduledExecutorService retries;
  private final long[] backoffMillis;
  private final MessageTracing tracing;

  QueueConsumer(
      String queue,
      Retention retention,
      Class<T> type,
      Handler<T> handler,
      MasterTradeMetrics.RabbitMq metrics,
      ServiceName service,
      long[] backoffMillis,
      MessageTracing tracing) {
    this.backoffMillis = backoffMillis.clone();
    this.tracing = tracing;
    this.queue = queue;
    this.retention = retention;
    this.type = type;
    this.handler = handler;
    this.metrics = metrics;
    this.service = service;
    this.retries =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, queue + "-retries");
              thread.setDaemon(true);
              return thread;
            });
  }

  String queue() {
    return queue;
  }

  String deadLetterQueue() {
    return deadLetterQueueOf(queue);
  }

  /** The dead-letter queue of {@code queue}. */
  static String deadLetterQueueOf(String queue) {
    return queue + ".dead";
  }

  void start(Connection connection, String bindingKey) throws IOException {
    Channel channel = QueueDeclarations.declare(connection, queue, arguments(), deadLetterQueue());
    channel.queueBind(queue, RabbitMq.EXCHANGE, bindingKey);
    channel.basicQos(50);
    // Resolved at 0 first, so a dead-letter rate reads 0 rather than "no data" while all is well.
    for (MessageOutcome outcome : MessageOutcome.values()) {
      metrics.messagesConsumed(queue, outcome);
    }
    channel.basicConsume(
        queue,
        false,
        new DefaultConsumer(channel) {
          @Override
          public void handleDelivery(
              String tag, Envelope envelope, AMQP.BasicProperties properties, byte[] body) {
            attempt(
                channel,
                envelope.getDeliveryTag(),
                properties.getMessageId(),
                properties.getHeaders(),
                body,
                0);
          }
        });
  }

  private Map<String, Object> arguments() {
    Map<String, Object> arguments = new HashMap<>();
    arguments.put("x-dead-letter-exchange", DEAD_LETTER_EXCHANGE);
    arguments.put("x-dead-letter-routing-key", queue);
    if (retention == Retention.LIVE) {
      arguments.put("x-message-ttl", 60_000);
      arguments.put("x-max-length", 10_000);
    }
    return arguments;
  }

  private void attempt(
      Channel channel,
      long tag,
      String messageId,
      Map<String, Object> headers,
      byte[] body,
      int retry) {
    // Each attempt is a span of the producer's trace; current while the handler runs, so its
    // database and cache calls, the events it writes and the timing's exemplar belong to it.
    Span span = tracing.process(headers, queue, messageId);
    MessageOutcome outcome;
    try (Scope ignored = span.makeCurrent()) {
      outcome =
          metrics.messageProcessingDuration(queue).time(() -> process(messageId, body, retry));
    }
    if (outcome != MessageOutcome.ACKNOWLEDGED && outcome != MessageOutcome.DUPLICATE) {
      span.setStatus(StatusCode.ERROR, outcome.name().toLowerCase(Locale.ROOT));
    }
    span.end();
    metrics.messagesConsumed(queue, outcome).inc();
    switch (outcome) {
      case ACKNOWLEDGED, DUPLICATE -> settle(channel, tag, true);
      case DEAD_LETTERED -> settle(channel, tag, false);
      case RETRIED ->
          retries.schedule(
              () -> attempt(channel, tag, messageId, headers, body, retry + 1),
              backoffMillis[retry],
              TimeUnit.MILLISECONDS);
    }
  }

  /** Applies one delivery and says what became of it; a failure is logged here, never thrown. */
  private MessageOutcome process(String messageId, byte[] body, int retry) {
    try {
      T event;
      try {
        event = Json.read(body, type);
      } catch (UncheckedIOException e) {
        throw new MalformedMessageException(e);
      }
      boolean applied = handler.handle(messageId == null ? "" : messageId, event);
      return applied ? MessageOutcome.ACKNOWLEDGED : MessageOutcome.DUPLICATE;
    } catch (MalformedMessageException e) {
      LOG.warn(
          "{}: dead-lettering a malformed message of {}: {}",
          service.id(),
          queue,
          e.getCause().toString());
      return MessageOutcome.DEAD_LETTERED;
    } catch (RuntimeException e) {
      if (retry < backoffMillis.length) {
        LOG.warn(
            "{}: a message of {} failed, retry {} in {} ms: {}",
            service.id(),
            queue,
            retry + 1,
            backoffMillis[retry],
            e.toString());
        return MessageOutcome.RETRIED;
      }
      LOG.warn(
          "{}: dead-lettering a message of {} after {} retries: {}",
          service.id(),
          queue,
          retry,
          e.toString());
      return MessageOutcome.DEAD_LETTERED;
    }
  }

  /**
   * Acknowledges, or rejects into the dead-letter queue. On a channel that closed meanwhile this
   * fails; RabbitMQ then redelivers the message, which the idempotent handler applies once.
   */
  private void settle(Channel channel, long tag, boolean ack) {
    try {
      synchronized (channel) {
        if (ack) {
          channel.basicAck(tag, false);
        } else {
          channel.basicReject(tag, false);
        }
      }
    } catch (IOException | RuntimeException e) {
      LOG.warn(
          "{}: settling a message of {} failed, it will be redelivered: {}",
          service.id(),
          queue,
          e.toString());
    }
  }

  /** A body that is not the expected event: retrying cannot help. */
  private static final class MalformedMessageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MalformedMessageException(UncheckedIOException cause) {
      super(cause);
    }
  }
}
