package com.mastertrade.metrics.benchmarks;

import java.util.SplittableRandom;

/** Reproducible sample values for the benchmarks that observe distributions. */
final class Samples {
  private Samples() {}

  /**
   * {@code count} log-normal values with the given median and shape {@code sigma}, from a fixed
   * seed: every run and every benchmark observes the same sequence.
   */
  static double[] logNormalSeconds(int count, double median, double sigma, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] values = new double[count];
    for (int i = 0; i < count; i++) {
      values[i] = median * Math.exp(sigma * gaussian(random));
    }
    return values;
  }

  /** A standard normal value by the Box-Muller transform. */
  private static double gaussian(SplittableRandom random) {
    double u1 = 1.0 - random.nextDouble();
    double u2 = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }
}
