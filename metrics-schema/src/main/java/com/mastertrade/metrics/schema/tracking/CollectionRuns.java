package com.mastertrade.metrics.schema.tracking;

import com.mastertrade.metrics.runtime.CounterRecorder;
import com.mastertrade.metrics.runtime.TimedCall;
import com.mastertrade.metrics.schema.MasterTradeLabels.DataType;
import com.mastertrade.metrics.schema.MasterTradeMetrics.DataCollection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Times data collection runs and keeps collector health: as the Python metrics module's {@code
 * track_data_collection}, {@code update_collector_health} and {@code record_data_points}.
 */
public final class CollectionRuns {
  private final DataCollection metrics;
  private final Map<String, Long> lastSuccessNanos = new ConcurrentHashMap<>();
  private final long startNanos = System.nanoTime();

  public CollectionRuns(DataCollection metrics) {
    this.metrics = metrics;
  }

  /**
   * Observes the age of a collector's latest data: the time since its last successful run, or since
   * this tracker was made if none succeeded yet. Called on a fixed period, it makes the freshness
   * SLI: the share of samples at which the data was fresh, which keeps falling while runs fail.
   */
  public void sampleAge(String collector, String source) {
    long last = lastSuccessNanos.getOrDefault(collector + '\n' + source, startNanos);
    metrics.dataAge(collector, source).observeNanos(System.nanoTime() - last);
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
      lastSuccessNanos.put(collector + '\n' + source, System.nanoTime());
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
