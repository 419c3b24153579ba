package com.mastertrade.services.strategy;

/**
 * The model's input for one symbol: the last {@code size} log returns, scaled to percent so the
 * weights stay in a reasonable range. Not thread-safe.
 */
final class ReturnFeatures {
  private final double[] returns;
  private double lastPrice = Double.NaN;
  private int seen;

  ReturnFeatures(int size) {
    this.returns = new double[size];
  }

  /** Adds a price; returns the log return from the previous price in percent, or NaN at first. */
  double add(double price) {
    if (Double.isNaN(lastPrice)) {
      lastPrice = price;
      return Double.NaN;
    }
    double r = 100 * Math.log(price / lastPrice);
    lastPrice = price;
    System.arraycopy(returns, 0, returns, 1, returns.length - 1);
    returns[0] = r;
    seen++;
    return r;
  }

  boolean ready() {
    return seen >= returns.length;
  }

  /** A copy of the current features, newest return first. */
  double[] snapshot() {
    return returns.clone();
  }
}
