package com.mastertrade.services.common;

import com.mastertrade.metrics.schema.MasterTradeLabels.QueryType;
import com.mastertrade.metrics.schema.PrometheusMasterTradeMetricsDatabase;
import com.mastertrade.metrics.schema.tracking.DatabaseQueries;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL through a HikariCP pool, every query timed and its failures counted by statement kind
 * and table, and the pool's connections reported by state.
 */
public final class Database {
  private static final Logger LOG = LoggerFactory.getLogger(Database.class);

  /** The advisory lock key under which the services change the schema, one at a time. */
  private static final long DDL_LOCK = 0x6d61737465727472L;

  private final HikariDataSource dataSource;
  private final DatabaseQueries queries;
  private final ServiceName service;

  private Database(HikariDataSource dataSource, DatabaseQueries queries, ServiceName service) {
    this.dataSource = dataSource;
    this.queries = queries;
    this.service = service;
  }

  /** Connects (failing fast), registers the database metrics and reports the pool every second. */
  public static Database open(ServiceHost host, int poolSize) {
    HikariDataSource dataSource =
        host.closeOnStop(Postgres.connect(host.settings(), host.name(), poolSize));
    Database database =
        new Database(
            dataSource,
            new DatabaseQueries(PrometheusMasterTradeMetricsDatabase.register(host.registry())),
            host.name());
    database.reportPool();
    host.every(Duration.ofSeconds(1), database::reportPool);
    return database;
  }

  /** Work on one connection that returns a result. */
  @FunctionalInterface
  public interface Query<T> {
    T run(Connection connection) throws SQLException;
  }

  /**
   * Runs {@code query} on a pooled connection, timing it under {@code type} and {@code table}. The
   * time and the failure count include taking the connection from the pool: a pool that cannot hand
   * one out (the server is down) is a failed query, counted once per call.
   */
  public <T> T query(QueryType type, String table, Query<T> query) {
    try {
      return queries.time(
          type,
          table,
          () -> {
            try (Connection connection = dataSource.getConnection()) {
              return query.run(connection);
            }
          });
    } catch (SQLException e) {
      failed(type, table, e);
      throw new DatabaseException(type + " on " + table + " failed: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      failed(type, table, e);
      throw e;
    }
  }

  /** Logs a failure the timing helper counted, one line per failure: counted equals logged. */
  private void failed(QueryType type, String table, Exception e) {
    LOG.warn("{}: database call failed: {} on {}: {}", service.id(), type, table, e.toString());
  }

  /**
   * Runs {@code work} in one transaction: committed if it returns, rolled back if it throws. Timed
   * and counted as one call under {@code type} and {@code table}, checkout included.
   */
  public <T> T transaction(QueryType type, String table, Query<T> work) {
    return query(
        type,
        table,
        connection -> {
          // HikariCP restores auto-commit when the connection goes back to the pool.
          connection.setAutoCommit(false);
          try {
            T result = work.run(connection);
            connection.commit();
            return result;
          } catch (SQLException | RuntimeException e) {
            rollbackQuietly(connection, e);
            throw e;
          }
        });
  }

  private static void rollbackQuietly(Connection connection, Exception cause) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      // The connection is broken; the pool discards it. The original failure is what matters.
      cause.addSuppressed(e);
    }
  }

  /**
   * Runs one {@code UPDATE} or {@code DELETE} with {@code parameters} bound in order, timed as
   * {@link #query}, and returns the number of rows it changed.
   */
  public int update(QueryType type, String table, String sql, Object... parameters) {
    return query(
        type,
        table,
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
              statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
          }
        });
  }

  /**
   * Runs one DDL statement of a service's start, such as {@code CREATE TABLE IF NOT EXISTS}. Every
   * service's DDL takes one advisory lock for its transaction: PostgreSQL's {@code IF NOT EXISTS}
   * is not safe against a concurrent create, and services starting together create shared tables
   * such as the outbox.
   */
  public void define(String table, String ddl) {
    transaction(
        QueryType.DDL,
        table,
        connection -> {
          try (var statement = connection.createStatement()) {
            statement.execute("SELECT pg_advisory_xact_lock(" + DDL_LOCK + ")");
            return statement.execute(ddl);
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

    public DatabaseException(String message, SQLException cause) {
      super(message, cause);
    }
  }
}
