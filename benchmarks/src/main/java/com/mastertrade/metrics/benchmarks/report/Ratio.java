package com.mastertrade.metrics.benchmarks.report;

import java.util.Locale;

/**
 * {@code a / b} on a shared machine. {@code value} is the ratio of the fastest iterations (see
 * {@link Measurement#minNanos}); {@code median} is the ratio of the median iterations, with the
 * conservative interval {@code [Q1(a) / Q3(b), Q3(a) / Q1(b)]} from the quartiles. When the two
 * estimates agree the load did not matter; when they differ the fastest iterations are the better
 * guide, and the interval shows how much the load moved things.
 */
record Ratio(double value, double median, double low, double high) {
  static Ratio of(Measurement a, Measurement b) {
    return new Ratio(
        a.minNanos() / b.minNanos(),
        a.medianNanos() / b.medianNanos(),
        a.lowerQuartileNanos() / b.upperQuartileNanos(),
        a.upperQuartileNanos() / b.lowerQuartileNanos());
  }

  /** {@code 0.95x (median 1.02x [0.80, 1.30])}. */
  String format(int decimals) {
    String n = "%." + decimals + "f";
    return String.format(
        Locale.ROOT, n + "x (median " + n + "x [" + n + ", " + n + "])", value, median, low, high);
  }
}
