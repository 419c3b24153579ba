package com.mastertrade.metrics.schema.tracking;

import com.mastertrade.metrics.runtime.CounterRecorder;
import com.mastertrade.metrics.runtime.HistogramRecorder;

/**
 * A call to time: a database query, a cache operation, a collection run. It may throw a checked
 * exception of its own type, which the tracking helpers record and rethrow unchanged.
 */
@FunctionalInterface
public interface TimedCall<T, E extends Exception> {
  T call() throws E;

  /**
   * Runs {@code call}, observing its duration into {@code duration} whatever happens, and counting
   * it in {@code failures} if it throws; the exception is rethrown unchanged.
   */
  static <T, E extends Exception> T timeCountingFailures(
      HistogramRecorder duration, CounterRecorder failures, TimedCall<T, E> call) throws E {
    long start = System.nanoTime();
    try {
      return call.call();
    } catch (Exception | Error e) {
      failures.inc();
      throw e;
    } finally {
      duration.observeNanos(System.nanoTime() - start);
    }
  }
}
