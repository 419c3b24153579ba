package com.mastertrade.metrics.processor.model;

/** Numbers of a schema (bucket bounds, quantiles) as docs and diagnostics print them. */
public final class Numbers {
  private Numbers() {}

  /**
   * A number as the user writes it: {@code 1} (not {@code 1.0}), {@code 0.5}; {@code Infinity},
   * {@code -Infinity} and {@code NaN} as Java writes them. Independent of the default locale.
   */
  public static String format(double value) {
    return Double.isFinite(value) && value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : Double.toString(value);
  }
}
