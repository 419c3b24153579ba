package com.mastertrade.services.common;

import com.mastertrade.metrics.schema.MasterTradeLabels.MessageOutcome;
import com.mastertrade.metrics.schema.MasterTradeMetrics;
import com.mastertrade.metrics.schema.PrometheusMasterTradeMetricsRabbitMq;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * RabbitMQ: JSON events published on the topic exchange and consumed from the service's own queues,
 * publishes counted, consumed messages counted by outcome and their processing timed, and each
 * queue's depth read from the broker every second.
 */
public final class Bus {
  private static final Logger LOG = LoggerFactory.getLogger(Bus.class);

  /**
   * Queue arguments: a consumer that is down must not make the broker hoard messages, so old and
   * excess messages are dropped; these are live market events, stale ones are worthless.
   */
  private static final Map<String, Object> QUEUE_ARGUMENTS =
      Map.of("x-message-ttl", 60_000, "x-max-length", 10_000);

  private final Connection connection;
  private final Channel publishChannel;
  private final Channel depthChannel;
  private final MasterTradeMetrics.RabbitMq metrics;
  private final List<String> queues = new CopyOnWriteArrayList<>();
  private final ServiceName service;

  private Bus(Connection connection, MasterTradeMetrics.RabbitMq metrics, ServiceName service)
      throws IOException {
    this.connection = connection;
    this.publishChannel = connection.createChannel();
    // Its own channel: a failed passive declare closes the channel it ran on.
    this.depthChannel = connection.createChannel();
    this.metrics = metrics;
    this.service = service;
  }

  /** Connects (failing fast), registers the RabbitMQ metrics and reports queue depths. */
  public static Bus open(ServiceHost host) throws IOException {
    Connection connection = host.closeOnStop(RabbitMq.connect(host.settings(), host.name()));
    Bus bus =
        new Bus(
            connection,
            PrometheusMasterTradeMetricsRabbitMq.register(host.registry()),
            host.name());
    host.every(Duration.ofSeconds(1), bus::reportQueueDepths);
    return bus;
  }

  /** Publishes {@code event} as JSON under {@code routingKey}. */
  public void publish(String routingKey, Object event) {
    byte[] body = Json.write(event);
    try {
      // A channel must not be used by two threads at once.
      synchronized (publishChannel) {
        publishChannel.basicPublish(
            RabbitMq.EXCHANGE,
            routingKey,
            new AMQP.BasicProperties.Builder().contentType("application/json").build(),
            body);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("publishing " + routingKey + " failed", e);
    }
    metrics.messagesPublished(RabbitMq.EXCHANGE).inc();
  }

  /**
   * Consumes the events bound by {@code bindingKey} from this service's queue {@code name}. A
   * handler that throws rejects the message without requeueing it, so a poison message cannot loop.
   */
  public <T> void subscribe(String name, String bindingKey, Class<T> type, Consumer<T> handler)
      throws IOException {
    String queue = service.id() + "." + name;
    Channel channel = connection.createChannel();
    channel.basicQos(50);
    channel.queueDeclare(queue, false, false, false, QUEUE_ARGUMENTS);
    channel.queueBind(queue, RabbitMq.EXCHANGE, bindingKey);
    queues.add(queue);
    channel.basicConsume(
        queue,
        false,
        new DefaultConsumer(channel) {
          @Override
          public void handleDelivery(
              String tag, Envelope envelope, AMQP.BasicProperties properties, byte[] body)
              throws IOException {
            long start = System.nanoTime();
            boolean ok = false;
            try {
              handler.accept(Json.read(body, type));
              ok = true;
            } catch (RuntimeException e) {
              LOG.warn("{}: rejecting a message of {}: {}", service.id(), queue, e.toString());
            }
            if (ok) {
              channel.basicAck(envelope.getDeliveryTag(), false);
            } else {
              channel.basicNack(envelope.getDeliveryTag(), false, false);
            }
            metrics
                .messagesConsumed(queue, ok ? MessageOutcome.ACKNOWLEDGED : MessageOutcome.REJECTED)
                .inc();
            metrics.messageProcessingDuration(queue).observeNanos(System.nanoTime() - start);
          }
        });
  }

  private void reportQueueDepths() {
    for (String queue : queues) {
      try {
        metrics.queueDepth(queue).set(depthChannel.messageCount(queue));
      } catch (IOException e) {
        LOG.warn("{}: reading the depth of {} failed: {}", service.id(), queue, e.toString());
      }
    }
  }
}
