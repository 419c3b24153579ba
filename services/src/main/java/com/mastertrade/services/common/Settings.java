package com.mastertrade.services.common;

import java.util.Map;

/**
 * Connection settings read from the environment, each with the default of the project's machines
 * (all servers on 127.0.0.1 with their standard ports, PostgreSQL with trust auth on database
 * {@code test}, RabbitMQ as guest/guest).
 */
public record Settings(
    String postgresHost,
    int postgresPort,
    String postgresDatabase,
    String postgresUser,
    String postgresPassword,
    String redisHost,
    int redisPort,
    String rabbitHost,
    int rabbitPort,
    String rabbitUser,
    String rabbitPassword,
    String rabbitVirtualHost,
    String httpHost) {

  public static Settings fromEnvironment() {
    return from(System.getenv());
  }

  static Settings from(Map<String, String> env) {
    return new Settings(
        env.getOrDefault("POSTGRES_HOST", "127.0.0.1"),
        port(env, "POSTGRES_PORT", 5432),
        env.getOrDefault("POSTGRES_DB", "test"),
        env.getOrDefault("POSTGRES_USER", "postgres"),
        env.getOrDefault("POSTGRES_PASSWORD", ""),
        env.getOrDefault("REDIS_HOST", "127.0.0.1"),
        port(env, "REDIS_PORT", 6379),
        env.getOrDefault("RABBITMQ_HOST", "127.0.0.1"),
        port(env, "RABBITMQ_PORT", 5672),
        env.getOrDefault("RABBITMQ_USER", "guest"),
        env.getOrDefault("RABBITMQ_PASSWORD", "guest"),
        env.getOrDefault("RABBITMQ_VHOST", "/"),
        env.getOrDefault("HTTP_HOST", "127.0.0.1"));
  }

  /** The HTTP port of {@code service}: {@code <NAME>_PORT} from the environment, else its own. */
  public int port(ServiceName service) {
    return port(System.getenv(), service.name() + "_PORT", service.defaultPort());
  }

  /** The base URL other services reach {@code service} at. */
  public String baseUrl(ServiceName service) {
    return "http://" + httpHost + ":" + port(service);
  }

  private static int port(Map<String, String> env, String key, int fallback) {
    String value = env.get(key);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a port number, was '" + value + "'", e);
    }
  }
}
