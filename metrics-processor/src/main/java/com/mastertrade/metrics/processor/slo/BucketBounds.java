package com.mastertrade.metrics.processor.slo;

import java.math.BigDecimal;
import java.util.List;

/**
 * A bucket bound as Prometheus may store it in {@code le}. Exposition libraries write a bound in
 * several ways ({@code 0.25}, {@code 1.0}; Prometheus 3 rewrites classic histogram bounds to its
 * own float format, {@code 1} where client_java wrote {@code 1.0}), so the SLI matches the bound's
 * digits with any number of trailing zeros: {@code 0\.250*} matches {@code 0.25} and {@code 0.250};
 * {@code 1(\.0*)?} matches {@code 1}, {@code 1.0} and {@code 1.00}.
 */
final class BucketBounds {
  private BucketBounds() {}

  /** The regex, as written inside a double-quoted PromQL string (its backslashes doubled). */
  static String regex(BigDecimal bound) {
    String digits = Decimals.plain(bound);
    return digits.contains(".") ? digits.replace(".", "\\\\.") + "0*" : digits + "(\\\\.0*)?";
  }

  /** Two spellings the regex must match: the shortest, and one with a trailing zero. */
  static List<String> spellings(BigDecimal bound) {
    String digits = Decimals.plain(bound);
    return List.of(digits, digits.contains(".") ? digits + "0" : digits + ".0");
  }
}
