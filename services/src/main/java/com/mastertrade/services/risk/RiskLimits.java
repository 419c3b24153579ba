package com.mastertrade.services.risk;

/**
 * The limits the risk manager checks. Exposure is the absolute market value of one symbol's
 * position; a breach is reported when a limit is first crossed, not on every fill above it.
 */
record RiskLimits(double maxExposureUsd, double maxDrawdownRatio) {
  static RiskLimits defaults() {
    return new RiskLimits(25_000, 0.02);
  }
}
