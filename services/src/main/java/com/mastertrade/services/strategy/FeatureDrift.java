package com.mastertrade.services.strategy;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Drift of the model's input: for each feature, how far the mean of the recent inputs moved from
 * the mean of the training data, in training standard deviations, averaged over the features. 0
 * means the model sees the data it was trained on; values above about 0.15 mean the market moved
 * away from it.
 */
final class FeatureDrift {
  private final int window;
  private final Deque<double[]> recent = new ArrayDeque<>();
  private double[] trainingMean;
  private double[] trainingStd;

  FeatureDrift(int window) {
    this.window = window;
  }

  /** Takes the reference distribution from the data the model was just trained on. */
  void setReference(List<LogisticModel.Sample> training) {
    int n = training.get(0).features().length;
    double[] mean = new double[n];
    double[] sq = new double[n];
    for (LogisticModel.Sample sample : training) {
      for (int i = 0; i < n; i++) {
        mean[i] += sample.features()[i];
        sq[i] += sample.features()[i] * sample.features()[i];
      }
    }
    double[] std = new double[n];
    for (int i = 0; i < n; i++) {
      mean[i] /= training.size();
      std[i] = Math.sqrt(Math.max(sq[i] / training.size() - mean[i] * mean[i], 1e-12));
    }
    trainingMean = mean;
    trainingStd = std;
  }

  void add(double[] features) {
    recent.addLast(features);
    if (recent.size() > window) {
      recent.removeFirst();
    }
  }

  /** The drift score, or NaN before a reference exists or while the recent window is empty. */
  double score() {
    if (trainingMean == null || recent.isEmpty()) {
      return Double.NaN;
    }
    int n = trainingMean.length;
    double[] mean = new double[n];
    for (double[] features : recent) {
      for (int i = 0; i < n; i++) {
        mean[i] += features[i];
      }
    }
    double total = 0;
    for (int i = 0; i < n; i++) {
      total += Math.abs(mean[i] / recent.size() - trainingMean[i]) / trainingStd[i];
    }
    return total / n;
  }
}
