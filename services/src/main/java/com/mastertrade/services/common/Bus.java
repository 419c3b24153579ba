package com.mastertrade.services.common;

import com.mastertrade.metrics.schema.MasterTradeLabels.PublishFailure;
import com.mastertrade.metrics.schema.MasterTradeMetrics;
import com.mastertrade.metrics.schema.PrometheusMasterTradeMetricsRabbitMq;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.mastertrade.services.tracing.MessageTracing;
import com.mastertrade.services.tracing.TraceParent;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * RabbitMQ: JSON events published on the topic exchange, live ones as they come and durable ones
 * from the outbox with publisher confirms, every publish and every failed one counted; consumed
 * from the service's own queues ({@link QueueConsumer}); each queue's depth read every second.
 */
public final class Bus {
  private static final Logger LOG = LoggerFactory.getLogger(Bus.class);
  private static final long CONFIRM_TIMEOUT_MILLIS = 5_000;

  private final Connection connection;
  private final Channel publishChannel;
  private final Channel confirmChannel;
  private final Channel depthChannel;
  private final MasterTradeMetrics.RabbitMq metrics;
  private final List<String> queues = new CopyOnWriteArrayList<>();
  private final ServiceHost host;
  private final MessageTracing tracing;

  private Bus(Connection connection, MasterTradeMetrics.RabbitMq metrics, ServiceHost host)
      throws IOException {
    this.connection = connection;
    this.metrics = metrics;
    this.publishChannel = connection.createChannel();
    this.confirmChannel = connection.createChannel();
    confirmChannel.confirmSelect();
    for (PublishFailure reason : PublishFailure.values()) {
      // At 0 from the start, so a failure rate reads 0 rather than "no data".
      metrics.publishFailures(RabbitMq.EXCHANGE, reason);
    }
    // Its own channel: a failed passive declare closes the channel it ran on.
    this.depthChannel = connection.createChannel();
    this.host = host;
    this.tracing = new MessageTracing(host.tracing());
  }

  /** Connects (failing fast), registers the RabbitMQ metrics and reports queue depths. */
  public static Bus open(ServiceHost host) throws IOException {
    Connection connection = host.closeOnStop(RabbitMq.connect(host.settings(), host.name()));
    Bus bus =
        new Bus(connection, PrometheusMasterTradeMetricsRabbitMq.register(host.registry()), host);
    host.every(Duration.ofSeconds(1), bus::reportQueueDepths);
    return bus;
  }

  /**
   * Publishes a live event, one that is worthless once stale (a tick), without waiting for a
   * confirm. A failure is counted, logged and thrown: the caller's run fails and is counted too.
   */
  public void publish(String routingKey, Object event) {
    byte[] body = Json.write(event);
    String messageId = UUID.randomUUID().toString();
    MessageTracing.Publish span = tracing.publish(null, RabbitMq.EXCHANGE, routingKey, messageId);
    AMQP.BasicProperties properties = properties(messageId, false, span.headers());
    try {
      // A channel must not be used by two threads at once.
      synchronized (publishChannel) {
        publishChannel.basicPublish(RabbitMq.EXCHANGE, routingKey, properties, body);
      }
    } catch (IOException | RuntimeException e) {
      span.end(e);
      failed(PublishFailure.UNREACHABLE, 1, e.toString());
      throw new IllegalStateException("publishing " + routingKey + " failed: " + e, e);
    }
    span.end(null);
    metrics.messagesPublished(RabbitMq.EXCHANGE).inc();
  }

  /**
   * Publishes {@code messages} as persistent messages and waits until RabbitMQ confirmed every one.
   * Returns false, counted and logged, if any was not confirmed: the caller keeps them all pending
   * and publishes them again.
   */
  boolean publishConfirmed(List<Outbox.Message> messages) {
    List<MessageTracing.Publish> spans = new ArrayList<>(messages.size());
    try {
      synchronized (confirmChannel) {
        for (Outbox.Message message : messages) {
          // A child of the work that wrote the event, not of the relay's run.
          MessageTracing.Publish span =
              tracing.publish(
                  TraceParent.carrier(message.traceParent()),
                  RabbitMq.EXCHANGE,
                  message.routingKey(),
                  message.messageId());
          spans.add(span);
          confirmChannel.basicPublish(
              RabbitMq.EXCHANGE,
              message.routingKey(),
              properties(message.messageId(), true, span.headers()),
              message.body());
        }
        if (!confirmChannel.waitForConfirms(CONFIRM_TIMEOUT_MILLIS)) {
          endAll(spans, new IOException("refused by RabbitMQ"));
          failed(PublishFailure.NACKED, messages.size(), "refused by RabbitMQ");
          return false;
        }
      }
    } catch (TimeoutException e) {
      endAll(spans, e);
      failed(PublishFailure.UNCONFIRMED, messages.size(), "no confirm in time");
      return false;
    } catch (IOException | RuntimeException e) {
      endAll(spans, e);
      failed(PublishFailure.UNREACHABLE, messages.size(), e.toString());
      return false;
    } catch (InterruptedException e) {
      endAll(spans, e);
      Thread.currentThread().interrupt();
      return false;
    }
    endAll(spans, null);
    metrics.messagesPublished(RabbitMq.EXCHANGE).inc(messages.size());
    return true;
  }

  /**
   * Consumes the events bound by {@code bindingKey} from this service's queue {@code name},
   * retrying and dead-lettering a message whose handler fails (see {@link QueueConsumer}).
   */
  public <T> void subscribe(
      String name,
      String bindingKey,
      QueueConsumer.Retention retention,
      Class<T> type,
      QueueConsumer.Handler<T> handler)
      throws IOException {
    QueueConsumer<T> consumer =
        new QueueConsumer<>(
            host.name().id() + "." + name,
            retention,
            type,
            handler,
            metrics,
            host.name(),
            QueueConsumer.BACKOFF_MILLIS,
            tracing);
    consumer.start(connection, bindingKey);
    queues.add(consumer.queue());
    queues.add(consumer.deadLetterQueue());
  }

  /**
   * Counts and logs {@code messages} that were not published, in one line a test can add up:
   * "publish failed: N message(s), reason: detail".
   */
  private void failed(PublishFailure reason, int messages, String detail) {
    metrics.publishFailures(RabbitMq.EXCHANGE, reason).inc(messages);
    LOG.warn(
        "{}: publish failed: {} message(s), {}: {}",
        host.name().id(),
        messages,
        reason.name().toLowerCase(Locale.ROOT),
        detail);
  }

  /** Pending events of the outbox, as the relay last counted them. */
  void reportOutboxPending(long pending) {
    metrics.outboxPending().set(pending);
  }

  private static void endAll(List<MessageTracing.Publish> spans, Exception error) {
    for (MessageTracing.Publish span : spans) {
      span.end(error);
    }
  }

  private static AMQP.BasicProperties properties(
      String messageId, boolean persistent, Map<String, Object> headers) {
    return new AMQP.BasicProperties.Builder()
        .contentType("application/json")
        .messageId(messageId)
        .deliveryMode(persistent ? 2 : 1)
        // The W3C trace context of the message's producer span.
        .headers(headers.isEmpty() ? null : headers)
        .build();
  }

  private void reportQueueDepths() {
    for (String queue : queues) {
      try {
        metrics.queueDepth(queue).set(depthChannel.messageCount(queue));
      } catch (IOException | RuntimeException e) {
        LOG.warn("{}: reading the depth of {} failed: {}", host.name().id(), queue, e.toString());
      }
    }
  }
}
