package com.mastertrade.services.risk;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Drawdown: how far the portfolio value fell below its highest value seen, as a ratio of exact
 * values rounded to {@link #RATIO_SCALE} decimals.
 */
final class DrawdownTracker {
  /** The decimals of the drawdown ratio, as many as the executor keeps of money. */
  static final int RATIO_SCALE = 12;

  /** The highest value seen, null before the first. */
  private BigDecimal peak;

  private BigDecimal current;

  /** Records a portfolio value; returns the drawdown ratio in [0, 1]. */
  synchronized BigDecimal update(BigDecimal portfolioValue) {
    current = portfolioValue;
    if (peak == null || portfolioValue.compareTo(peak) > 0) {
      peak = portfolioValue;
    }
    return drawdown();
  }

  synchronized BigDecimal drawdown() {
    if (peak == null || peak.signum() <= 0) {
      return BigDecimal.ZERO;
    }
    return peak.subtract(current)
        .max(BigDecimal.ZERO)
        .divide(peak, RATIO_SCALE, RoundingMode.HALF_EVEN);
  }
}
