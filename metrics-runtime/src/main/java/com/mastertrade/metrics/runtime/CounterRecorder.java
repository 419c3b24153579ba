package com.mastertrade.metrics.runtime;

/** One series of a counter, its labels already bound. */
public interface CounterRecorder {
  void inc();

  /** Adds {@code amount}, which must not be negative. */
  void inc(double amount);
}
