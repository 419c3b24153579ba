package com.mastertrade.services.common;

import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import java.io.IOException;
import java.util.concurrent.TimeoutException;

/** A RabbitMQ connection opened at start, so an unreachable broker fails fast. */
public final class RabbitMq {
  /** The topic exchange every service publishes its events on. */
  public static final String EXCHANGE = "mastertrade";

  private RabbitMq() {}

  public static Connection connect(Settings settings, ServiceName service) {
    return connect(settings, service.id());
  }

  /** Connects as {@code connectionName}, the name RabbitMQ shows for the connection. */
  public static Connection connect(Settings settings, String connectionName) {
    ConnectionFactory factory = new ConnectionFactory();
    factory.setHost(settings.rabbitHost());
    factory.setPort(settings.rabbitPort());
    factory.setUsername(settings.rabbitUser());
    factory.setPassword(settings.rabbitPassword());
    factory.setVirtualHost(settings.rabbitVirtualHost());
    factory.setConnectionTimeout(3_000);
    // After an outage the client reconnects and recovers its channels, queues and consumers by
    // itself; retrying every second bounds the time to recover after the broker is back.
    factory.setAutomaticRecoveryEnabled(true);
    factory.setTopologyRecoveryEnabled(true);
    factory.setNetworkRecoveryInterval(1_000);
    try {
      Connection connection = factory.newConnection(connectionName);
      // On a channel left open: when the client recovers a connection it declares each recorded
      // exchange again through the channel that first declared it, which must still be open.
      connection.createChannel().exchangeDeclare(EXCHANGE, "topic", true);
      return connection;
    } catch (IOException | TimeoutException e) {
      throw new UnreachableServerException(
          "RabbitMQ",
          settings.rabbitHost() + ":" + settings.rabbitPort() + " as " + settings.rabbitUser(),
          e);
    }
  }
}
