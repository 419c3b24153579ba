package com.mastertrade.services.common;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ShutdownSignalException;
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Declares a service's durable queue with its dead-letter queue. A queue an earlier version
 * declared with other arguments cannot be declared again (RabbitMQ answers 406
 * PRECONDITION_FAILED); it is replaced, since each queue belongs to the one service that declares
 * it.
 */
final class QueueDeclarations {
  private static final Logger LOG = LoggerFactory.getLogger(QueueDeclarations.class);
  private static final int PRECONDITION_FAILED = 406;

  /**
   * Dead letters are kept for inspection and replay, bounded so a poison flood cannot fill disk.
   */
  private static final Map<String, Object> DEAD_LETTER_ARGUMENTS = Map.of("x-max-length", 100_000);

  private QueueDeclarations() {}

  /** Declares {@code queue} and {@code deadLetterQueue}; returns an open channel for consuming. */
  static Channel declare(
      Connection connection, String queue, Map<String, Object> arguments, String deadLetterQueue)
      throws IOException {
    Channel channel = connection.createChannel();
    channel.exchangeDeclare(QueueConsumer.DEAD_LETTER_EXCHANGE, "direct", true);
    channel = declareOrReplace(connection, channel, deadLetterQueue, DEAD_LETTER_ARGUMENTS);
    channel.queueBind(deadLetterQueue, QueueConsumer.DEAD_LETTER_EXCHANGE, queue);
    return declareOrReplace(connection, channel, queue, arguments);
  }

  private static Channel declareOrReplace(
      Connection connection, Channel channel, String queue, Map<String, Object> arguments)
      throws IOException {
    try {
      channel.queueDeclare(queue, true, false, false, arguments);
      return channel;
    } catch (IOException e) {
      if (!(e.getCause() instanceof ShutdownSignalException signal)
          || !signal.getMessage().contains(String.valueOf(PRECONDITION_FAILED))) {
        throw e;
      }
      // The failed declare closed the channel.
      LOG.warn("replacing queue {}, declared earlier with other arguments", queue);
      Channel fresh = connection.createChannel();
      fresh.queueDelete(queue);
      fresh.queueDeclare(queue, true, false, false, arguments);
      return fresh;
    }
  }
}
