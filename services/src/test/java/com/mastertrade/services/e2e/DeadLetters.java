package com.mastertrade.services.e2e;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import java.nio.charset.StandardCharsets;

/** RabbitMQ as the test sees it, on the stack's virtual host: publishing and queue depths. */
final class DeadLetters {
  private DeadLetters() {}

  /**
   * Publishes a body that is no event under {@code routingKey} and returns the depth of {@code
   * queue}'s dead-letter queue before it.
   */
  static long publishMalformed(int port, String routingKey, String queue) throws Exception {
    try (Connection connection = connect(port);
        Channel channel = connection.createChannel()) {
      long before = channel.messageCount(queue + ".dead");
      channel.basicPublish(
          "mastertrade",
          routingKey,
          new AMQP.BasicProperties.Builder().messageId("malformed-" + System.nanoTime()).build(),
          "{\"orderId\": \"not a number\"".getBytes(StandardCharsets.UTF_8));
      return before;
    }
  }

  static long depth(int port, String queue) throws Exception {
    try (Connection connection = connect(port);
        Channel channel = connection.createChannel()) {
      return channel.messageCount(queue);
    }
  }

  private static Connection connect(int port) throws Exception {
    ConnectionFactory factory = new ConnectionFactory();
    factory.setHost("127.0.0.1");
    factory.setPort(port);
    factory.setVirtualHost(Infrastructure.VIRTUAL_HOST);
    factory.setUsername(System.getenv().getOrDefault("RABBITMQ_USER", "guest"));
    factory.setPassword(System.getenv().getOrDefault("RABBITMQ_PASSWORD", "guest"));
    return factory.newConnection("e2e-test");
  }
}
