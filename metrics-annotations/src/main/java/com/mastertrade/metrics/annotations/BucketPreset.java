package com.mastertrade.metrics.annotations;

import java.util.Arrays;

/**
 * General bucket layouts, each tuned to one kind of operation; all bounds in seconds. Layouts of a
 * schema's own domain are declared by the schema ({@link MetricsSchema#buckets}).
 */
public enum BucketPreset {
  /** No preset: use explicit bounds. */
  NONE(),
  /** HTTP requests: 5 ms to 10 s in 14 buckets. */
  HTTP_LATENCY(0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10),
  /** Database queries: 1 ms to 10 s in 11 buckets. */
  DATABASE_QUERY(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 1, 5, 10),
  /** ML model predictions: 10 ms to 5 s in 7 buckets. */
  ML_PREDICTION(0.01, 0.025, 0.05, 0.1, 0.5, 1, 5);

  private final double[] upperBounds;

  BucketPreset(double... upperBounds) {
    this.upperBounds = upperBounds;
  }

  /** The upper bounds, a fresh copy. */
  public double[] upperBounds() {
    return Arrays.copyOf(upperBounds, upperBounds.length);
  }
}
