package com.mastertrade.metrics.runtime;

/**
 * A call to time: a database query, a cache operation, a message handler. It may throw a checked
 * exception of its own type, which the timing helpers rethrow unchanged.
 *
 * @see DistributionRecorder#time(TimedCall)
 */
@FunctionalInterface
public interface TimedCall<T, E extends Exception> {
  T call() throws E;

  /**
   * Runs {@code call}, observing its duration into {@code duration} whatever happens, and counting
   * it in {@code failures} if it throws; the exception is rethrown unchanged.
   */
  static <T, E extends Exception> T timeCountingFailures(
      DistributionRecorder duration, CounterRecorder failures, TimedCall<T, E> call) throws E {
    try {
      return duration.time(call);
    } catch (Exception | Error e) {
      failures.inc();
      throw e;
    }
  }
}
