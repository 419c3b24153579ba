package com.mastertrade.metrics.schema.tracking;

import com.mastertrade.metrics.runtime.TimedCall;
import com.mastertrade.metrics.schema.MasterTradeLabels.ConnectionState;
import com.mastertrade.metrics.schema.MasterTradeLabels.QueryType;
import com.mastertrade.metrics.schema.MasterTradeMetrics.Database;

/**
 * Times database queries and counts their failures: as the Python metrics module's {@code
 * track_db_query} did.
 */
public final class DatabaseQueries {
  private final Database metrics;

  public DatabaseQueries(Database metrics) {
    this.metrics = metrics;
  }

  /**
   * Runs {@code query}, recording its duration, and its failure if it throws. The error counter's
   * series is resolved first, so it exists at 0 from the first query: an error rate reads 0, not
   * "no data", while nothing fails.
   */
  public <T, E extends Exception> T time(QueryType operation, String table, TimedCall<T, E> query)
      throws E {
    return TimedCall.timeCountingFailures(
        metrics.queryDuration(operation, table), metrics.queryErrors(operation, table), query);
  }

  /** Records the state of the connection pool. */
  public void updatePool(int active, int idle, int pending) {
    metrics.connections(ConnectionState.ACTIVE).set(active);
    metrics.connections(ConnectionState.IDLE).set(idle);
    metrics.connections(ConnectionState.PENDING).set(pending);
  }
}
