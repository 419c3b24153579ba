package com.mastertrade.metrics.evolution.compare;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** How reports print numbers and lists: plainly and the same on every machine. */
final class Values {
  private Values() {}

  static String number(double value) {
    if (Double.isInfinite(value) || Double.isNaN(value)) {
      return Double.toString(value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  static String numbers(List<Double> values) {
    return values.stream().map(Values::number).collect(Collectors.joining(", ", "[", "]"));
  }

  static String orNone(String value) {
    return value.isEmpty() ? "none" : value;
  }
}
