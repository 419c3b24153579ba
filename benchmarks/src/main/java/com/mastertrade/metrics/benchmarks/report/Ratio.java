package com.mastertrade.metrics.benchmarks.report;

/**
 * {@code a / b} with its error, propagated from the two independent errors: {@code δr = r *
 * sqrt((δa/a)² + (δb/b)²)}. JMH's errors are 99.9% confidence half-widths, so this is a rough
 * interval of the same kind, enough to tell a real difference from noise.
 */
record Ratio(double value, double error) {
  static Ratio of(Measurement a, Measurement b) {
    double value = a.nanos() / b.nanos();
    double relA = a.errorNanos() / a.nanos();
    double relB = b.errorNanos() / b.nanos();
    return new Ratio(value, value * Math.sqrt(relA * relA + relB * relB));
  }
}
