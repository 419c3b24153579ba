package com.mastertrade.metrics.schema.tracking;

import com.mastertrade.metrics.runtime.CounterRecorder;
import com.mastertrade.metrics.runtime.HistogramRecorder;
import com.mastertrade.metrics.runtime.TimedCall;
import com.mastertrade.metrics.schema.MasterTradeLabels.DataType;
import com.mastertrade.metrics.schema.MasterTradeMetrics.DataCollection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Times data collection runs and keeps collector health: as the Python metrics module's {@code
 * track_data_collection}, {@code update_collector_health} and {@code record_data_points}.
 */
public final class CollectionRuns {
  private final DataCollection metrics;

  /**
   * The last success of each collector and source, keyed by the recorder of its data age: bounded
   * as the series are (values past the labels' bounds share the overflow series), and found without
   * building a key on every run. Not the last-success gauge: looking that up resolves it, and
   * before the first success it would claim one at 0.
   */
  private final Map<HistogramRecorder, AtomicLong> lastSuccessMillis = new ConcurrentHashMap<>();

  private final long startMillis = System.currentTimeMillis();

  public CollectionRuns(DataCollection metrics) {
    this.metrics = metrics;
  }

  /**
   * Observes the age of a collector's latest data: the time since its last successful run, or since
   * this tracker was made if none succeeded yet. Called on a fixed period, it makes the freshness
   * SLI: the share of samples at which the data was fresh, which keeps falling while runs fail.
   */
  public void sampleAge(String collector, String source) {
    HistogramRecorder age = metrics.dataAge(collector, source);
    AtomicLong lastSuccess = lastSuccessMillis.get(age);
    long since = lastSuccess == null ? startMillis : lastSuccess.get();
    // The wall clock, as the last-success timestamp it agrees with; a clock set back reads as 0.
    age.observe(Math.max(0, System.currentTimeMillis() - since) / 1000.0);
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
      long now = System.currentTimeMillis();
      metrics.lastSuccessTime(collector, source).set(now / 1000.0);
      // A non-capturing function: nothing is allocated once the entry exists.
      lastSuccessMillis
          .computeIfAbsent(metrics.dataAge(collector, source), series -> new AtomicLong())
          .set(now);
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
