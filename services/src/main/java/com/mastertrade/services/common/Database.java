package com.mastertrade.services.common;

import com.mastertrade.metrics.schema.MasterTradeLabels.QueryType;
import com.mastertrade.metrics.schema.PrometheusMasterTradeMetricsDatabase;
import com.mastertrade.metrics.schema.tracking.DatabaseQueries;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.time.Duration;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL through a HikariCP pool and Jdbi, every call timed and its failures counted by
 * statement kind and table, and the pool's connections reported by state. Opening it applies the
 * service's migrations ({@link Migrations}).
 */
public final class Database {
  private static final Logger LOG = LoggerFactory.getLogger(Database.class);

  private final Jdbi jdbi;
  private final HikariDataSource dataSource;
  private final DatabaseQueries queries;
  private final ServiceName service;

  private Database(
      HikariDataSource dataSource,
      DataSource statements,
      DatabaseQueries queries,
      ServiceName service) {
    this.jdbi = Jdbi.create(statements);
    this.dataSource = dataSource;
    this.queries = queries;
    this.service = service;
  }

  /**
   * Connects (failing fast), applies the service's migrations, registers the database metrics and
   * reports the pool every second.
   */
  public static Database open(ServiceHost host, int poolSize) {
    return open(host, host.closeOnStop(Postgres.connect(host.settings(), host.name(), poolSize)));
  }

  /**
   * As {@link #open(ServiceHost, int)}, with the statements going through {@code statements} (the
   * pool, or something wrapped around it) and the pool's state read from {@code pool}.
   */
  static Database open(ServiceHost host, HikariDataSource pool, DataSource statements) {
    Migrations.apply(host.settings(), host.name());
    Database database =
        new Database(
            pool,
            statements,
            new DatabaseQueries(PrometheusMasterTradeMetricsDatabase.register(host.registry())),
            host.name());
    database.reportPool();
    host.every(Duration.ofSeconds(1), database::reportPool);
    return database;
  }

  private static Database open(ServiceHost host, HikariDataSource pool) {
    // A span per statement and transaction, children of the request or message's span.
    return open(host, pool, host.tracing().wrap(pool));
  }

  /** Work on one Jdbi handle that returns a result. */
  @FunctionalInterface
  public interface Query<T> {
    T run(Handle handle);
  }

  /**
   * Runs {@code query} on a pooled connection, timing it under {@code type} and {@code table}. The
   * time and the failure count include taking the connection from the pool: a pool that cannot hand
   * one out (the server is down) is a failed query, counted once per call.
   */
  public <T> T query(QueryType type, String table, Query<T> query) {
    return timed(type, table, () -> jdbi.withHandle(query::run));
  }

  /**
   * Runs {@code work} in one transaction: committed if it returns, rolled back if it throws. Timed
   * and counted as one call under {@code type} and {@code table}, checkout included. A commit whose
   * answer is lost throws like any failure, though the transaction may have committed: the caller
   * reads back what PostgreSQL holds before trusting its own state again.
   */
  public <T> T transaction(QueryType type, String table, Query<T> work) {
    return timed(type, table, () -> jdbi.inTransaction(work::run));
  }

  /**
   * Runs one {@code INSERT}, {@code UPDATE} or {@code DELETE} with {@code parameters} bound in
   * order, timed as {@link #query}, and returns the number of rows it changed.
   */
  public int update(QueryType type, String table, String sql, Object... parameters) {
    return query(
        type,
        table,
        handle -> {
          var statement = handle.createUpdate(sql);
          for (int i = 0; i < parameters.length; i++) {
            statement.bind(i, parameters[i]);
          }
          return statement.execute();
        });
  }

  private <T> T timed(QueryType type, String table, Supplier<T> call) {
    try {
      return queries.time(type, table, call::get);
    } catch (JdbiException e) {
      failed(type, table, e);
      throw new DatabaseException(type + " on " + table + " failed: " + rootMessage(e), e);
    } catch (RuntimeException e) {
      failed(type, table, e);
      throw e;
    }
  }

  /** Logs a failure the timing helper counted, one line per failure: counted equals logged. */
  private void failed(QueryType type, String table, Exception e) {
    LOG.warn("{}: database call failed: {} on {}: {}", service.id(), type, table, rootMessage(e));
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause == e ? e.toString() : e.getClass().getSimpleName() + ": " + cause;
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

  /** A call that failed; its cause is Jdbi's exception, and the driver's below it. */
  public static final class DatabaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DatabaseException(String message, Exception cause) {
      super(message, cause);
    }
  }
}
