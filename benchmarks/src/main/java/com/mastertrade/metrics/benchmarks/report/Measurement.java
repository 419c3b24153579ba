package com.mastertrade.metrics.benchmarks.report;

import java.util.Arrays;

/**
 * One JMH result: the score and its error (99.9% confidence half-width, as JMH reports it) in
 * {@code unit}, the allocation per operation from {@code -prof gc}, and every measurement
 * iteration's score, sorted.
 */
record Measurement(
    String key,
    double score,
    double error,
    String unit,
    double bytesPerOp,
    double bytesError,
    double[] iterations) {

  static Measurement parse(String tsvLine) {
    String[] f = tsvLine.split("\t");
    return new Measurement(
        f[0],
        Double.parseDouble(f[1]),
        Double.parseDouble(f[2]),
        f[3],
        Double.parseDouble(f[4]),
        Double.parseDouble(f[5]),
        f.length > 6 && !f[6].isEmpty()
            ? Arrays.stream(f[6].split(",")).mapToDouble(Double::parseDouble).sorted().toArray()
            : new double[] {Double.parseDouble(f[1])});
  }

  /**
   * The fastest iteration in ns/op. Other work on the machine only ever adds time to a CPU-bound
   * loop, so the least disturbed iteration is the best estimate of its own cost (the estimator Chen
   * and Revels argue for in "Robust benchmarking in noisy environments", 2016, and that Julia's
   * BenchmarkTools reports).
   */
  double minNanos() {
    return iterations[0] * nanosPerUnit();
  }

  /** The median iteration in ns/op: robust to the load spikes of a shared machine. */
  double medianNanos() {
    return quantile(0.5) * nanosPerUnit();
  }

  /** The first quartile of the iterations in ns/op. */
  double lowerQuartileNanos() {
    return quantile(0.25) * nanosPerUnit();
  }

  /** The third quartile of the iterations in ns/op. */
  double upperQuartileNanos() {
    return quantile(0.75) * nanosPerUnit();
  }

  /** Linear interpolation between the sorted iteration scores. */
  private double quantile(double q) {
    double position = q * (iterations.length - 1);
    int low = (int) Math.floor(position);
    int high = (int) Math.ceil(position);
    return iterations[low] + (iterations[high] - iterations[low]) * (position - low);
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
