package com.mastertrade.metrics.runtime;

/** One series of a histogram or summary, its labels already bound. */
public interface DistributionRecorder {
  void observe(double value);

  /** Observes a duration measured with {@link System#nanoTime()}, converted to seconds. */
  default void observeNanos(long nanos) {
    observe(nanos / 1e9);
  }
}
