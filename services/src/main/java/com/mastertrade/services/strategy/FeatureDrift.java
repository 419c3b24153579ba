package com.mastertrade.services.strategy;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Drift of the model's input as a population stability index: the training returns are cut into ten
 * equally populated bins, and the recent returns' share of each bin is compared with the training
 * share, {@code sum((recent - expected) * ln(recent / expected))}. Below 0.1 the input is stable;
 * above 0.25 it changed a lot. Not thread-safe.
 */
final class FeatureDrift {
  private static final int BINS = 10;
  private static final double EMPTY_BIN_SHARE = 1e-4;

  private final int window;
  private final Deque<Double> recent = new ArrayDeque<>();
  private double[] edges;

  FeatureDrift(int window) {
    this.window = window;
  }

  /** Takes the reference distribution from the newest return of each training sample. */
  void setReference(List<LogisticModel.Sample> training) {
    double[] values = training.stream().mapToDouble(s -> s.features()[0]).sorted().toArray();
    double[] cut = new double[BINS - 1];
    for (int i = 1; i < BINS; i++) {
      cut[i - 1] = values[i * values.length / BINS];
    }
    edges = cut;
  }

  void add(double value) {
    recent.addLast(value);
    if (recent.size() > window) {
      recent.removeFirst();
    }
  }

  /** The index, or NaN before a reference exists or while the recent window is not yet full. */
  double score() {
    if (edges == null || recent.size() < window) {
      return Double.NaN;
    }
    int[] counts = new int[BINS];
    for (double value : recent) {
      int bin = Arrays.binarySearch(edges, value);
      counts[bin >= 0 ? bin : -bin - 1]++;
    }
    double expected = 1.0 / BINS;
    double psi = 0;
    for (int count : counts) {
      double actual = Math.max((double) count / recent.size(), EMPTY_BIN_SHARE);
      psi += (actual - expected) * Math.log(actual / expected);
    }
    return psi;
  }
}
