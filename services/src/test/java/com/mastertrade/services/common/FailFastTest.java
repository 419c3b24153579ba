package com.mastertrade.services.common;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A server that cannot be reached at start fails the service at once, naming it and where. */
class FailFastTest {
  private static int closedPort;

  @BeforeAll
  static void findClosedPort() throws IOException {
    // A port that was just free: nothing listens on it, so connecting is refused at once.
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
  }

  private static Settings settingsWith(String key) {
    return Settings.from(Map.of(key, Integer.toString(closedPort)));
  }

  @Test
  void unreachablePostgresIsNamed() {
    UnreachableServerException e =
        assertThrows(
            UnreachableServerException.class,
            () -> Postgres.connect(settingsWith("POSTGRES_PORT"), ServiceName.ORDER_EXECUTOR, 1));
    assertThat(e)
        .hasMessageThat()
        .startsWith("PostgreSQL is unreachable at 127.0.0.1:" + closedPort);
  }

  @Test
  void unreachableRedisIsNamed() {
    UnreachableServerException e =
        assertThrows(
            UnreachableServerException.class, () -> Redis.connect(settingsWith("REDIS_PORT")));
    assertThat(e).hasMessageThat().startsWith("Redis is unreachable at 127.0.0.1:" + closedPort);
  }

  @Test
  void unreachableRabbitMqIsNamed() {
    UnreachableServerException e =
        assertThrows(
            UnreachableServerException.class,
            () -> RabbitMq.connect(settingsWith("RABBITMQ_PORT"), ServiceName.STRATEGY_SERVICE));
    assertThat(e).hasMessageThat().startsWith("RabbitMQ is unreachable at 127.0.0.1:" + closedPort);
  }

  @Test
  void aServiceProcessExitsWithCode2NamingTheServer() throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "com.mastertrade.services.marketdata.MarketDataService")
            .redirectErrorStream(true);
    builder.environment().put("POSTGRES_PORT", Integer.toString(closedPort));
    // A port of its own, so the test cannot collide with a running stack.
    builder.environment().put("MARKET_DATA_SERVICE_PORT", Integer.toString(closedPort));
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.waitFor()).isEqualTo(2);
    assertThat(output)
        .contains(
            "market_data_service: cannot start: PostgreSQL is unreachable at 127.0.0.1:"
                + closedPort);
  }

  @Test
  void aPortThatIsNotANumberIsRejectedWithItsName() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Settings.from(Map.of("REDIS_PORT", "six")));
    assertThat(e).hasMessageThat().contains("REDIS_PORT");
  }

  @Test
  void defaultsAreThoseOfTheProjectsMachines() {
    Settings settings = Settings.from(Map.of());
    assertThat(settings.postgresDatabase()).isEqualTo("test");
    assertThat(settings.postgresPort()).isEqualTo(5432);
    assertThat(settings.redisPort()).isEqualTo(6379);
    assertThat(settings.rabbitUser()).isEqualTo("guest");
  }
}
