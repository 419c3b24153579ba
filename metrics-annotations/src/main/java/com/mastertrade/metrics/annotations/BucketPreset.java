package com.mastertrade.metrics.annotations;

import java.util.Arrays;

/** The bucket layouts of the seed, each tuned to one kind of operation. All bounds in seconds. */
public enum BucketPreset {
  /** No preset: use explicit bounds. */
  NONE(),
  /** HTTP requests: 5 ms to 10 s in 14 buckets. */
  HTTP_LATENCY(0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10),
  /** Database queries: 1 ms to 10 s in 11 buckets. */
  DATABASE_QUERY(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 1, 5, 10),
  /** Data collection runs: 100 ms to 60 s in 7 buckets. */
  DATA_COLLECTION(0.1, 0.5, 1, 5, 10, 30, 60),
  /** ML model predictions: 10 ms to 5 s in 7 buckets. */
  ML_PREDICTION(0.01, 0.025, 0.05, 0.1, 0.5, 1, 5),
  /** ML model training: 10 s to 30 min in 7 buckets. */
  ML_TRAINING(10, 30, 60, 120, 300, 600, 1800);

  private final double[] upperBounds;

  BucketPreset(double... upperBounds) {
    this.upperBounds = upperBounds;
  }

  /** The upper bounds, a fresh copy. */
  public double[] upperBounds() {
    return Arrays.copyOf(upperBounds, upperBounds.length);
  }
}
