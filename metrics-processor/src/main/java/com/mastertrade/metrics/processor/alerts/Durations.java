package com.mastertrade.metrics.processor.alerts;

import com.mastertrade.metrics.processor.model.PrometheusDuration;

/** Prometheus durations such as {@code 1h30m}, already validated. */
final class Durations {
  private Durations() {}

  static long seconds(String duration) {
    return PrometheusDuration.millis(duration).orElseThrow() / 1000;
  }

  /** Whole minutes as {@code 15m}, anything else in seconds. */
  static String format(long seconds) {
    return seconds % 60 == 0 ? seconds / 60 + "m" : seconds + "s";
  }
}
