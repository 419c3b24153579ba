package com.mastertrade.metrics.runtime;

/**
 * An info metric with its labels bound: {@link #set()} publishes these label values as the one
 * current info series (replacing any other), {@link #remove()} withdraws them.
 */
public interface InfoRecorder {
  void set();

  void remove();
}
