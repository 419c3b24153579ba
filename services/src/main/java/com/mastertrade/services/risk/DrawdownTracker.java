package com.mastertrade.services.risk;

/** Drawdown: how far the portfolio value fell below its highest value seen, as a ratio. */
final class DrawdownTracker {
  private double peak = Double.NaN;
  private double current = Double.NaN;

  /** Records a portfolio value; returns the drawdown ratio in [0, 1]. */
  synchronized double update(double portfolioValue) {
    current = portfolioValue;
    if (Double.isNaN(peak) || portfolioValue > peak) {
      peak = portfolioValue;
    }
    return drawdown();
  }

  synchronized double drawdown() {
    if (Double.isNaN(peak) || peak <= 0) {
      return 0;
    }
    return Math.max(0, (peak - current) / peak);
  }

  synchronized double peak() {
    return peak;
  }
}
