package com.mastertrade.services.common;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.GetResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * The dead letters of one consumed queue ({@code <queue>.dead}), to look at and, once their cause
 * is fixed, to move back into the queue. A message is published back with publisher confirms and
 * only then removed from the dead-letter queue, so a failure in between leaves it in both places,
 * never in neither; the consumers apply a message id once, so a copy is harmless. Each message
 * keeps its id and properties; RabbitMQ's {@code x-death} history is dropped, so that a message
 * dead-lettered again reads as a fresh death.
 */
public final class DeadLetterQueue {
  private static final long CONFIRM_TIMEOUT_MILLIS = 5_000;
  private static final int BODY_PREVIEW = 200;

  private final Connection connection;
  private final String queue;

  public DeadLetterQueue(Connection connection, String queue) {
    this.connection = connection;
    this.queue = queue;
  }

  /** One dead letter as {@link #peek} shows it. */
  public record Letter(String messageId, String reason, long deaths, String bodyPreview) {}

  /** The number of dead letters; fails if {@code queue} has no dead-letter queue. */
  public long depth() throws IOException, TimeoutException {
    try (Channel channel = connection.createChannel()) {
      return channel.queueDeclarePassive(deadLetterQueue()).getMessageCount();
    }
  }

  /** The first {@code limit} dead letters, left where they are. */
  public List<Letter> peek(int limit) throws IOException, TimeoutException {
    List<Letter> letters = new ArrayList<>();
    // Unacknowledged gets go back to the queue when the channel closes.
    try (Channel channel = connection.createChannel()) {
      for (int i = 0; i < limit; i++) {
        GetResponse response = channel.basicGet(deadLetterQueue(), false);
        if (response == null) {
          break;
        }
        letters.add(letter(response));
      }
    }
    return letters;
  }

  /**
   * Moves at most {@code limit} dead letters back into the queue, oldest first, and returns how
   * many moved. Only the letters present at the start are moved, so one that dies again is not
   * replayed in a loop.
   */
  public int replay(int limit) throws IOException, TimeoutException, InterruptedException {
    int moved = 0;
    try (Channel channel = connection.createChannel()) {
      channel.confirmSelect();
      long present = channel.queueDeclarePassive(deadLetterQueue()).getMessageCount();
      while (moved < Math.min(limit, present)) {
        GetResponse response = channel.basicGet(deadLetterQueue(), false);
        if (response == null) {
          break;
        }
        // The default exchange routes by queue name: back to this queue, and to no other.
        channel.basicPublish(
            "", queue, withoutDeathHistory(response.getProps()), response.getBody());
        channel.waitForConfirmsOrDie(CONFIRM_TIMEOUT_MILLIS);
        channel.basicAck(response.getEnvelope().getDeliveryTag(), false);
        moved++;
      }
    }
    return moved;
  }

  private String deadLetterQueue() {
    return QueueConsumer.deadLetterQueueOf(queue);
  }

  private static Letter letter(GetResponse response) {
    AMQP.BasicProperties properties = response.getProps();
    String reason = "";
    long deaths = 0;
    Object history =
        properties.getHeaders() == null ? null : properties.getHeaders().get("x-death");
    if (history instanceof List<?> entries
        && !entries.isEmpty()
        && entries.get(0) instanceof Map<?, ?> latest) {
      reason = String.valueOf(latest.get("reason"));
      deaths = latest.get("count") instanceof Number count ? count.longValue() : 0;
    }
    // Shown on a terminal: a malformed body must not be able to move its cursor.
    String body =
        new String(response.getBody(), StandardCharsets.UTF_8).replaceAll("\\p{Cntrl}", "\uFFFD");
    if (body.length() > BODY_PREVIEW) {
      body = body.substring(0, BODY_PREVIEW) + "…";
    }
    return new Letter(properties.getMessageId(), reason, deaths, body);
  }

  private static AMQP.BasicProperties withoutDeathHistory(AMQP.BasicProperties properties) {
    if (properties.getHeaders() == null) {
      return properties;
    }
    Map<String, Object> headers = new HashMap<>(properties.getHeaders());
    headers
        .keySet()
        .removeIf(
            name ->
                name.startsWith("x-death")
                    || name.startsWith("x-first-death")
                    || name.startsWith("x-last-death"));
    return properties.builder().headers(headers).build();
  }
}
