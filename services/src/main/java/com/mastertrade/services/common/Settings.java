package com.mastertrade.services.common;

import java.util.Map;

/**
 * Connection settings read from the environment, each with the default of the project's machines
 * (all servers on 127.0.0.1 with their standard ports, PostgreSQL with trust auth on database
 * {@code test}, RabbitMQ as guest/guest), plus the internal credential ({@code
 * INTERNAL_CREDENTIAL}, no default) and the gateway's rate limit per API key in requests per second
 * ({@code GATEWAY_RATE_LIMIT}, default 20).
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
    String httpHost,
    String internalCredential,
    int gatewayRateLimit,
    Map<String, String> environment) {

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
        env.getOrDefault("HTTP_HOST", "127.0.0.1"),
        env.get("INTERNAL_CREDENTIAL"),
        positive(env, "GATEWAY_RATE_LIMIT", 20),
        Map.copyOf(env));
  }

  /**
   * The settings of {@code env}: the process environment in production, a map of a test's own
   * choosing (ports, database, credential) in an in-process test.
   */
  public static Settings of(Map<String, String> env) {
    return from(env);
  }

  /**
   * The shared secret every internal service requires of its callers (the gateway, and the alert
   * system calling its own webhook), from {@code INTERNAL_CREDENTIAL}. Without it no internal call
   * could be accepted, so a service that serves HTTP refuses to start.
   */
  public String requireInternalCredential() {
    if (internalCredential == null || internalCredential.length() < 16) {
      throw new IllegalArgumentException(
          "INTERNAL_CREDENTIAL must be set to a secret of at least 16 characters, shared by the"
              + " services (scripts/stack-start.sh generates one)");
    }
    return internalCredential;
  }

  /** The HTTP port of {@code service}: {@code <NAME>_PORT} from the environment, else its own. */
  public int port(ServiceName service) {
    return port(environment, service.name() + "_PORT", service.defaultPort());
  }

  /** The base URL other services reach {@code service} at. */
  public String baseUrl(ServiceName service) {
    return "http://" + httpHost + ":" + port(service);
  }

  private static int positive(Map<String, String> env, String key, int fallback) {
    int value = port(env, key, fallback);
    if (value < 1) {
      throw new IllegalArgumentException(key + " must be at least 1, was " + value);
    }
    return value;
  }

  private static int port(Map<String, String> env, String key, int fallback) {
    String value = env.get(key);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a whole number, was '" + value + "'", e);
    }
  }
}
