package com.mastertrade.metrics.schema.tracking;

import com.mastertrade.metrics.schema.MasterTradeMetrics.ConnectionState;
import com.mastertrade.metrics.schema.MasterTradeMetrics.Database;
import com.mastertrade.metrics.schema.MasterTradeMetrics.QueryType;

/** Times database queries and counts their failures: the seed's {@code track_db_query}. */
public final class DatabaseQueries {
  private final Database metrics;

  public DatabaseQueries(Database metrics) {
    this.metrics = metrics;
  }

  /** Runs {@code query}, recording its duration, and its failure if it throws. */
  public <T, E extends Exception> T time(QueryType operation, String table, TimedCall<T, E> query)
      throws E {
    long start = System.nanoTime();
    try {
      return query.call();
    } catch (Exception | Error e) {
      metrics.queryErrors(operation, table).inc();
      throw e;
    } finally {
      metrics.queryDuration(operation, table).observeNanos(System.nanoTime() - start);
    }
  }

  /** Records the state of the connection pool. */
  public void updatePool(int active, int idle, int pending) {
    metrics.connections(ConnectionState.ACTIVE).set(active);
    metrics.connections(ConnectionState.IDLE).set(idle);
    metrics.connections(ConnectionState.PENDING).set(pending);
  }
}
