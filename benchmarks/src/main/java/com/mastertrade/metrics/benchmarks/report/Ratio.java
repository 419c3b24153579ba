package com.mastertrade.metrics.benchmarks.report;

/**
 * {@code a / b} from the medians of the two benchmarks' iterations, with a conservative interval
 * from their quartiles: {@code [Q1(a) / Q3(b), Q3(a) / Q1(b)]}. On a shared machine the load of
 * other work comes and goes during a run; a mean and its confidence interval then mostly measure
 * the load, while medians and quartiles of 1-second iterations keep the steady state.
 */
record Ratio(double value, double low, double high) {
  static Ratio of(Measurement a, Measurement b) {
    return new Ratio(
        a.medianNanos() / b.medianNanos(),
        a.lowerQuartileNanos() / b.upperQuartileNanos(),
        a.upperQuartileNanos() / b.lowerQuartileNanos());
  }

  /** The ratio with its interval, {@code 0.95x [0.90, 1.01]}. */
  String format(int decimals) {
    String number = "%." + decimals + "f";
    return String.format(
        java.util.Locale.ROOT, number + "x [" + number + ", " + number + "]", value, low, high);
  }
}
