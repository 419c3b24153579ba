package com.mastertrade.metrics.runtime;

/** One series of a gauge, its labels already bound. */
public interface GaugeRecorder {
  void set(double value);

  void inc();

  void inc(double amount);

  void dec();

  void dec(double amount);

  /** Sets the gauge to the current Unix time in seconds, as timestamps gauges should hold. */
  void setToCurrentTime();
}
