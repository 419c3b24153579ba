package com.mastertrade.services.risk;

import java.math.BigDecimal;

/**
 * The limits the risk manager checks: the gross market value of the positions in any one symbol,
 * the fall of total portfolio value from its peak, and the loss of all accounts together. Exact
 * decimals, compared with exact values.
 */
record RiskLimits(
    BigDecimal maxExposureUsd, BigDecimal maxDrawdownRatio, BigDecimal maxDailyLossUsd) {
  static RiskLimits defaults() {
    return new RiskLimits(new BigDecimal("15000"), new BigDecimal("0.002"), new BigDecimal("300"));
  }
}
