package com.mastertrade.services.e2e;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The servers the stack under test uses: the machine's PostgreSQL, Redis and RabbitMQ, each behind
 * a {@link TcpProxy} the test can cut, with a database and a RabbitMQ virtual host of the test's
 * own, created empty, so a run starts from nothing and leaves the machine's data alone. Their name
 * is the checkout's own ({@code mastertrade_e2e_<hash of its path>}): a run in another checkout of
 * the same machine never drops the database of one that is running.
 */
final class Infrastructure implements AutoCloseable {
  static final String DATABASE = "mastertrade_e2e_" + checkoutHash();
  static final String VIRTUAL_HOST = DATABASE;

  private static final Map<String, String> ENV = System.getenv();
  private static final int POSTGRES_PORT = port("POSTGRES_PORT", 5432);
  private static final int REDIS_PORT = port("REDIS_PORT", 6379);
  private static final int RABBITMQ_PORT = port("RABBITMQ_PORT", 5672);

  final TcpProxy postgres;
  final TcpProxy redis;
  final TcpProxy rabbitMq;

  private Infrastructure(TcpProxy postgres, TcpProxy redis, TcpProxy rabbitMq) {
    this.postgres = postgres;
    this.redis = redis;
    this.rabbitMq = rabbitMq;
  }

  /**
   * Creates the empty database and virtual host and starts the three proxies; first makes sure no
   * stack runs on the stack's ports, whose database this would otherwise pull away.
   */
  static Infrastructure prepare() throws Exception {
    for (Map.Entry<String, Integer> service : Stack.PORTS.entrySet()) {
      try (Socket probe = new Socket(InetAddress.getLoopbackAddress(), service.getValue())) {
        throw new IllegalStateException(
            "port " + service.getValue() + " of " + service.getKey() + " is in use: a stack runs");
      } catch (ConnectException free) {
        // Nothing listens: the port is free.
      }
    }
    try (Connection admin = connect("postgres");
        Statement statement = admin.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
      statement.execute("CREATE DATABASE " + DATABASE);
    }
    rabbitmqctl("delete_vhost", VIRTUAL_HOST);
    require(rabbitmqctl("add_vhost", VIRTUAL_HOST), "add_vhost");
    String user = ENV.getOrDefault("RABBITMQ_USER", "guest");
    require(
        rabbitmqctl("set_permissions", "-p", VIRTUAL_HOST, user, ".*", ".*", ".*"),
        "set_permissions");
    return new Infrastructure(
        TcpProxy.start(TcpProxy.POSTGRES, POSTGRES_PORT),
        TcpProxy.start("redis", REDIS_PORT),
        TcpProxy.start("rabbitmq", RABBITMQ_PORT));
  }

  /** The services' settings: every server through its proxy, the test's database and vhost. */
  Map<String, String> serviceEnvironment() {
    return Map.of(
        "POSTGRES_PORT", Integer.toString(postgres.port()),
        "POSTGRES_DB", DATABASE,
        "REDIS_PORT", Integer.toString(redis.port()),
        "RABBITMQ_PORT", Integer.toString(rabbitMq.port()),
        "RABBITMQ_VHOST", VIRTUAL_HOST);
  }

  List<TcpProxy> proxies() {
    return List.of(postgres, redis, rabbitMq);
  }

  /** A connection to the test's database, not through the proxy: the test's view of the truth. */
  static Connection database() throws SQLException {
    return connect(DATABASE);
  }

  @Override
  public void close() throws IOException {
    for (TcpProxy proxy : proxies()) {
      proxy.close();
    }
  }

  private static Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://"
            + ENV.getOrDefault("POSTGRES_HOST", "127.0.0.1")
            + ":"
            + POSTGRES_PORT
            + "/"
            + database,
        ENV.getOrDefault("POSTGRES_USER", "postgres"),
        ENV.getOrDefault("POSTGRES_PASSWORD", ""));
  }

  private static int rabbitmqctl(String... arguments) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("rabbitmqctl", "-q"));
    command.addAll(List.of(arguments));
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("rabbitmqctl " + arguments[0] + " did not finish in 60 s");
    }
    return process.exitValue();
  }

  private static void require(int exit, String what) {
    if (exit != 0) {
      throw new IllegalStateException("rabbitmqctl " + what + " failed with exit code " + exit);
    }
  }

  private static String checkoutHash() {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(
                  Stack.repositoryRoot()
                      .toString()
                      .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static int port(String key, int fallback) {
    String value = ENV.get(key);
    return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
  }
}
