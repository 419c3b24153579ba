package com.mastertrade.metrics.runtime;

/** One series of a histogram or summary, its labels already bound. */
public interface DistributionRecorder {
  void observe(double value);

  /** Observes a duration measured with {@link System#nanoTime()}, converted to seconds. */
  default void observeNanos(long nanos) {
    observe(nanos / 1e9);
  }

  /**
   * Runs {@code call} and observes how long it took, in seconds, whether it returns or throws: the
   * one place where a call is timed. Its result is returned, its exception rethrown unchanged.
   */
  default <T, E extends Exception> T time(TimedCall<T, E> call) throws E {
    long start = System.nanoTime();
    try {
      return call.call();
    } finally {
      observeNanos(System.nanoTime() - start);
    }
  }
}
