package com.mastertrade.services.strategy;

/** The share of correct predictions among the last {@code window} predictions that were scored. */
final class RollingAccuracy {
  private final boolean[] outcomes;
  private int next;
  private int count;
  private int correct;

  RollingAccuracy(int window) {
    this.outcomes = new boolean[window];
  }

  void add(boolean wasCorrect) {
    if (count == outcomes.length) {
      if (outcomes[next]) {
        correct--;
      }
    } else {
      count++;
    }
    outcomes[next] = wasCorrect;
    if (wasCorrect) {
      correct++;
    }
    next = (next + 1) % outcomes.length;
  }

  /** The accuracy in [0, 1], or NaN before any prediction was scored. */
  double value() {
    return count == 0 ? Double.NaN : (double) correct / count;
  }
}
