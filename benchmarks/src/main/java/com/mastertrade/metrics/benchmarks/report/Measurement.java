package com.mastertrade.metrics.benchmarks.report;

/**
 * One JMH result: the score and its error (99.9% confidence half-width, as JMH reports it) in
 * {@code unit}, and the allocation per operation from {@code -prof gc}.
 */
record Measurement(
    String key, double score, double error, String unit, double bytesPerOp, double bytesError) {

  static Measurement parse(String tsvLine) {
    String[] f = tsvLine.split("\t");
    return new Measurement(
        f[0],
        Double.parseDouble(f[1]),
        Double.parseDouble(f[2]),
        f[3],
        Double.parseDouble(f[4]),
        Double.parseDouble(f[5]));
  }

  /** The score in nanoseconds per operation, whatever unit JMH reported it in. */
  double nanos() {
    return score * nanosPerUnit();
  }

  double errorNanos() {
    return (Double.isNaN(error) ? 0 : error) * nanosPerUnit();
  }

  /** The allocation rounded as {@code -prof gc} means it: below half a byte is zero. */
  long roundedBytes() {
    return Double.isNaN(bytesPerOp) ? -1 : Math.round(bytesPerOp);
  }

  private double nanosPerUnit() {
    switch (unit) {
      case "us/op":
        return 1e3;
      case "ms/op":
        return 1e6;
      case "s/op":
        return 1e9;
      default:
        return 1;
    }
  }
}
