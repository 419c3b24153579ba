package com.mastertrade.services.common;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/** A pooled PostgreSQL connection, opened at start so an unreachable server fails fast. */
public final class Postgres {
  private Postgres() {}

  /** The JDBC URL of the services' database. */
  static String jdbcUrl(Settings settings) {
    return "jdbc:postgresql://" + address(settings);
  }

  private static String address(Settings settings) {
    return settings.postgresHost() + ":" + settings.postgresPort() + "/" + settings.postgresDatabase();
  }

  public static HikariDataSource connect(Settings settings, ServiceName service, int poolSize) {
    String address = address(settings);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl(settings));
    config.setUsername(settings.postgresUser());
    config.setPassword(settings.postgresPassword());
    config.setMaximumPoolSize(poolSize);
    config.setPoolName(service.id());
    // A caller waits at most a second for a pooled connection: while the server is down, calls
    // fail (and are counted) quickly instead of queueing, and work resumes soon after it is back.
    config.setConnectionTimeout(1_000);
    // Open the first connection in the constructor: a wrong host fails here, not on first query.
    config.setInitializationFailTimeout(3_000);
    config.addDataSourceProperty("ApplicationName", service.id());
    try {
      return new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new UnreachableServerException(
          "PostgreSQL", address + " as user " + settings.postgresUser(), rootCause(e));
    }
  }

  private static Throwable rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }
}
