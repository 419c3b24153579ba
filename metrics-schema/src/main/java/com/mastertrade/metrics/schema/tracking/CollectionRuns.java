package com.mastertrade.metrics.schema.tracking;

import com.mastertrade.metrics.runtime.CounterRecorder;
import com.mastertrade.metrics.runtime.TimedCall;
import com.mastertrade.metrics.schema.MasterTradeLabels.DataType;
import com.mastertrade.metrics.schema.MasterTradeMetrics.DataCollection;

/**
 * Times data collection runs and keeps collector health: as the Python metrics module's {@code
 * track_data_collection}, {@code update_collector_health} and {@code record_data_points}.
 */
public final class CollectionRuns {
  private final DataCollection metrics;

  public CollectionRuns(DataCollection metrics) {
    this.metrics = metrics;
  }

  /**
   * Runs one collection: records its duration; on success marks the collector healthy and stamps
   * its last success time; on failure marks it unhealthy and counts the error, then rethrows. The
   * error counter's series exists at 0 from the first run.
   */
  public <T, E extends Exception> T run(String collector, String source, TimedCall<T, E> run)
      throws E {
    CounterRecorder errors = metrics.errors(collector, source);
    try {
      T result = metrics.duration(collector, source).time(run);
      metrics.health(collector, source).set(1);
      metrics.lastSuccessTime(collector, source).setToCurrentTime();
      return result;
    } catch (Exception | Error e) {
      metrics.health(collector, source).set(0);
      errors.inc();
      throw e;
    }
  }

  /** Counts data points a run collected. */
  public void recordPoints(String collector, String source, DataType dataType, long count) {
    metrics.pointsCollected(collector, source, dataType).inc(count);
  }
}
