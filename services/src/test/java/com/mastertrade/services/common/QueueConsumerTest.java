package com.mastertrade.services.common;

import static com.google.common.truth.Truth.assertThat;

import com.mastertrade.metrics.schema.PrometheusMasterTradeMetricsRabbitMq;
import com.mastertrade.services.tracing.MessageTracing;
import com.mastertrade.services.tracing.Tracing;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A consumed queue on the machine's RabbitMQ (a queue of the test's own, deleted after it): what
 * becomes of a message whose handler fails for a while, for good, or finds it applied before, and
 * of a malformed one. Short backoffs, so a message exhausts its retries in a second.
 */
class QueueConsumerTest {
  private static final long[] BACKOFF = {20, 40, 80};

  record Ping(String id) {}

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final String name = "test.consumer-" + UUID.randomUUID();
  private final String routingKey = "test." + UUID.randomUUID();
  private Connection connection;

  @BeforeEach
  void connect() {
    connection = RabbitMq.connect(Settings.from(Map.of()), ServiceName.RISK_MANAGER);
  }

  @AfterEach
  void deleteQueues() throws Exception {
    try (Channel channel = connection.createChannel()) {
      channel.queueDelete(name);
      channel.queueDelete(name + ".dead");
    }
    connection.close();
  }

  @Test
  void aMessageThatFailsForAWhileIsRetriedThenApplied() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    consume(
        (id, ping) -> {
          if (calls.incrementAndGet() <= 2) {
            throw new IllegalStateException("the database is down");
          }
          return true;
        });

    publish("{\"id\":\"a\"}");

    await(() -> consumed("ack") == 1);
    assertThat(consumed("retried")).isEqualTo(2.0);
    assertThat(consumed("dead_lettered")).isEqualTo(0.0);
    assertThat(calls.get()).isEqualTo(3);
  }

  @Test
  void aMessageThatKeepsFailingIsDeadLetteredAfterTheLastRetry() throws Exception {
    consume(
        (id, ping) -> {
          throw new IllegalStateException("the database is down");
        });

    publish("{\"id\":\"b\"}");

    await(() -> consumed("dead_lettered") == 1);
    assertThat(consumed("retried")).isEqualTo((double) BACKOFF.length);
    await(() -> depth(name + ".dead") == 1);
  }

  @Test
  void aMalformedMessageIsDeadLetteredAtOnceWithoutReachingTheHandler() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    consume((id, ping) -> calls.incrementAndGet() > 0);

    publish("{\"id\":");

    await(() -> consumed("dead_lettered") == 1);
    assertThat(consumed("retried")).isEqualTo(0.0);
    assertThat(calls.get()).isEqualTo(0);
    await(() -> depth(name + ".dead") == 1);
  }

  @Test
  void aMessageAppliedBeforeIsAcknowledgedAsADuplicate() throws Exception {
    consume((id, ping) -> !id.equals("seen"));

    publish("{\"id\":\"c\"}", "seen");
    publish("{\"id\":\"d\"}", "new");

    await(() -> consumed("duplicate") == 1 && consumed("ack") == 1);
    assertThat(depth(name)).isEqualTo(0);
  }

  @Test
  void aDeadLetterReplayedOnceItsCauseIsFixedIsApplied() throws Exception {
    AtomicBoolean databaseDown = new AtomicBoolean(true);
    consume(
        (id, ping) -> {
          if (databaseDown.get()) {
            throw new IllegalStateException("the database is down");
          }
          return id.equals("letter-1");
        });
    publish("{\"id\":\"e\"}", "letter-1");
    await(() -> depth(name + ".dead") == 1);
    DeadLetterQueue dead = new DeadLetterQueue(connection, name);

    List<DeadLetterQueue.Letter> shown = dead.peek(10);
    assertThat(shown)
        .containsExactly(new DeadLetterQueue.Letter("letter-1", "rejected", 1, "{\"id\":\"e\"}"));
    assertThat(dead.depth()).isEqualTo(1);

    databaseDown.set(false);
    assertThat(dead.replay(Integer.MAX_VALUE)).isEqualTo(1);

    await(() -> consumed("ack") == 1);
    assertThat(dead.depth()).isEqualTo(0);
  }

  @Test
  void aReplayedLetterThatFailsAgainIsDeadLetteredAgainNotReplayedInALoop() throws Exception {
    consume(
        (id, ping) -> {
          throw new IllegalStateException("the database is down");
        });
    publish("{\"id\":\"f\"}");
    publish("{\"id\":\"g\"}");
    await(() -> depth(name + ".dead") == 2);
    DeadLetterQueue dead = new DeadLetterQueue(connection, name);

    assertThat(dead.replay(1)).isEqualTo(1);
    await(() -> consumed("dead_lettered") == 3);
    await(() -> depth(name + ".dead") == 2);
    assertThat(dead.replay(Integer.MAX_VALUE)).isEqualTo(2);

    await(() -> consumed("dead_lettered") == 5);
    // Dead-lettered again, it reads as a first death: the history was not carried back.
    assertThat(dead.peek(10).stream().map(DeadLetterQueue.Letter::deaths).toList())
        .containsExactly(1L, 1L);
  }

  @Test
  void theCommandRefusesAQueueWithoutDeadLettersAndBadUsage() {
    assertThat(DeadLetterCommand.run(new String[] {"show", "no.such.queue-" + UUID.randomUUID()}))
        .isEqualTo(1);
    assertThat(DeadLetterCommand.run(new String[] {"replay"})).isEqualTo(64);
    assertThat(DeadLetterCommand.run(new String[] {"replay", name, "0"})).isEqualTo(64);
    assertThat(DeadLetterCommand.run(new String[] {"drop", name})).isEqualTo(64);
  }

  private void consume(QueueConsumer.Handler<Ping> handler) throws Exception {
    new QueueConsumer<>(
            name,
            QueueConsumer.Retention.DURABLE,
            Ping.class,
            handler,
            PrometheusMasterTradeMetricsRabbitMq.register(registry),
            ServiceName.RISK_MANAGER,
            BACKOFF,
            new MessageTracing(Tracing.disabled()))
        .start(connection, routingKey);
  }

  private void publish(String body) throws Exception {
    publish(body, UUID.randomUUID().toString());
  }

  private void publish(String body, String messageId) throws Exception {
    try (Channel channel = connection.createChannel()) {
      channel.basicPublish(
          RabbitMq.EXCHANGE,
          routingKey,
          new AMQP.BasicProperties.Builder().messageId(messageId).build(),
          body.getBytes(StandardCharsets.UTF_8));
    }
  }

  private long depth(String queue) throws Exception {
    try (Channel channel = connection.createChannel()) {
      return channel.messageCount(queue);
    }
  }

  private double consumed(String outcome) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrometheusTextFormatWriter.create().write(out, registry.scrape());
    String series =
        "mastertrade_rabbitmq_messages_consumed_total{outcome=\""
            + outcome
            + "\",queue=\""
            + name
            + "\"} ";
    for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
      if (line.startsWith(series)) {
        return Double.parseDouble(line.substring(series.length()));
      }
    }
    return 0;
  }

  /** Waits up to 10 s: delivery and retries are asynchronous. */
  private static void await(Check check) throws Exception {
    long end = System.nanoTime() + 10_000_000_000L;
    while (!check.holds()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("did not happen within 10 s");
      }
      Thread.sleep(20);
    }
  }

  @FunctionalInterface
  private interface Check {
    boolean holds() throws Exception;
  }
}
