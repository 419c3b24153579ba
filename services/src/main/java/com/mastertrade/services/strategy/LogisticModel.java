package com.mastertrade.services.strategy;

import java.util.List;

/**
 * Logistic regression trained by full-batch gradient descent: small, but a real model whose
 * predictions, accuracy and drift can be measured. Thread-safe by confinement to its owner.
 */
final class LogisticModel {
  private final double[] weights;
  private double bias;

  LogisticModel(int features) {
    this.weights = new double[features];
  }

  /** The probability that the next return is positive. */
  double predict(double[] features) {
    double z = bias;
    for (int i = 0; i < weights.length; i++) {
      z += weights[i] * features[i];
    }
    return 1 / (1 + Math.exp(-z));
  }

  /** Retrains on {@code samples}; returns the mean log loss of the last epoch. */
  double train(List<Sample> samples, int epochs, double learningRate) {
    double loss = Double.NaN;
    for (int epoch = 0; epoch < epochs; epoch++) {
      double[] gradient = new double[weights.length];
      double biasGradient = 0;
      loss = 0;
      for (Sample sample : samples) {
        double p = predict(sample.features());
        double error = p - (sample.up() ? 1 : 0);
        for (int i = 0; i < weights.length; i++) {
          gradient[i] += error * sample.features()[i];
        }
        biasGradient += error;
        double clipped = Math.min(Math.max(p, 1e-9), 1 - 1e-9);
        loss -= sample.up() ? Math.log(clipped) : Math.log(1 - clipped);
      }
      for (int i = 0; i < weights.length; i++) {
        weights[i] -= learningRate * gradient[i] / samples.size();
      }
      bias -= learningRate * biasGradient / samples.size();
      loss /= samples.size();
    }
    return loss;
  }

  /** One training example: features and whether the following return was positive. */
  record Sample(double[] features, boolean up) {}
}
