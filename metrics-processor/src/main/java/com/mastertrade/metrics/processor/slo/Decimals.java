package com.mastertrade.metrics.processor.slo;

import java.math.BigDecimal;

/** Decimal numbers written the same on every machine: no exponent, no trailing zeros. */
public final class Decimals {
  private Decimals() {}

  public static String plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.signum() == 0 ? "0" : stripped.toPlainString();
  }
}
