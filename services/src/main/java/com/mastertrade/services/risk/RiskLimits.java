package com.mastertrade.services.risk;

/**
 * The limits the risk manager checks: the gross market value of the positions in any one symbol,
 * the fall of total portfolio value from its peak, and the loss of all accounts together.
 */
record RiskLimits(double maxExposureUsd, double maxDrawdownRatio, double maxDailyLossUsd) {
  static RiskLimits defaults() {
    return new RiskLimits(15_000, 0.002, 300);
  }
}
