package com.mastertrade.services.common;

import com.mastertrade.metrics.schema.MasterTradeLabels.QueryType;
import com.mastertrade.metrics.schema.PrometheusMasterTradeMetricsDatabase;
import com.mastertrade.metrics.schema.tracking.DatabaseQueries;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * PostgreSQL through a HikariCP pool, every query timed and its failures counted by statement kind
 * and table, and the pool's connections reported by state.
 */
public final class Database {
  private final HikariDataSource dataSource;
  private final DatabaseQueries queries;

  private Database(HikariDataSource dataSource, DatabaseQueries queries) {
    this.dataSource = dataSource;
    this.queries = queries;
  }

  /** Connects (failing fast), registers the database metrics and reports the pool every second. */
  public static Database open(ServiceHost host, int poolSize) {
    HikariDataSource dataSource =
        host.closeOnStop(Postgres.connect(host.settings(), host.name(), poolSize));
    Database database =
        new Database(
            dataSource,
            new DatabaseQueries(PrometheusMasterTradeMetricsDatabase.register(host.registry())));
    database.reportPool();
    host.every(Duration.ofSeconds(1), database::reportPool);
    return database;
  }

  /** Work on one connection that returns a result. */
  @FunctionalInterface
  public interface Query<T> {
    T run(Connection connection) throws SQLException;
  }

  /** Runs {@code query} on a pooled connection, timing it under {@code type} and {@code table}. */
  public <T> T query(QueryType type, String table, Query<T> query) {
    // Taking a pooled connection is not part of the query's time.
    try (Connection connection = dataSource.getConnection()) {
      return queries.time(type, table, () -> query.run(connection));
    } catch (SQLException e) {
      throw new DatabaseException(type + " on " + table + " failed: " + e.getMessage(), e);
    }
  }

  /** Runs one statement with no result, such as DDL at start. */
  public void execute(QueryType type, String table, String sql) {
    query(
        type,
        table,
        connection -> {
          try (var statement = connection.createStatement()) {
            return statement.execute(sql);
          }
        });
  }

  private void reportPool() {
    HikariPoolMXBean pool = dataSource.getHikariPoolMXBean();
    if (pool == null) {
      return;
    }
    queries.updatePool(
        pool.getActiveConnections(),
        pool.getIdleConnections(),
        pool.getThreadsAwaitingConnection());
  }

  /** A query that failed; its cause is the driver's exception. */
  public static final class DatabaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DatabaseException(String message, SQLException cause) {
      super(message, cause);
    }
  }
}
