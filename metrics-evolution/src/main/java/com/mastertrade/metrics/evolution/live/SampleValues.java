package com.mastertrade.metrics.evolution.live;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Sample values as both formats write them: decimal floats, {@code +Inf}, {@code -Inf}, {@code
 * NaN}.
 */
final class SampleValues {
  private SampleValues() {}

  static double parse(String text, Supplier<ExpositionFormatException> invalid) {
    switch (text) {
      case "+Inf", "Inf" -> {
        return Double.POSITIVE_INFINITY;
      }
      case "-Inf" -> {
        return Double.NEGATIVE_INFINITY;
      }
      case "NaN" -> {
        return Double.NaN;
      }
      default -> {
        // Double.parseDouble also takes "Infinity", hex floats and a trailing 'd': not ours.
        if (text.isEmpty()) {
          throw invalid.get();
        }
        for (int i = 0; i < text.length(); i++) {
          char c = text.charAt(i);
          if (!(c >= '0' && c <= '9') && c != '.' && c != 'e' && c != 'E' && c != '+' && c != '-') {
            throw invalid.get();
          }
        }
        try {
          return Double.parseDouble(text);
        } catch (NumberFormatException e) {
          throw invalid.get();
        }
      }
    }
  }

  /** A label value such as {@code le="0.5"} as a number, NaN if it is none. */
  static double parseOrNaN(String text) {
    try {
      return parse(text, () -> new ExpositionFormatException(0, "not a number", text));
    } catch (ExpositionFormatException e) {
      return Double.NaN;
    }
  }

  /** Plainly and the same on every machine: {@code 0.005}, {@code 10}, {@code +Inf}. */
  static String format(double value) {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "+Inf" : "-Inf";
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  static String format(Collection<Double> values) {
    return values.stream().map(SampleValues::format).collect(Collectors.joining(", ", "[", "]"));
  }
}
