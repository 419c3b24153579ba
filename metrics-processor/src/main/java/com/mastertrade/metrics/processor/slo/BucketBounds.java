package com.mastertrade.metrics.processor.slo;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A bucket bound as Prometheus may store it in {@code le}. client_java 1.x writes a bound with
 * Java's {@code Double.toString} ({@code 0.25}, {@code 1.0}, {@code 5.0E-4}, {@code 1.0E7});
 * Prometheus 3 rewrites classic histogram bounds on ingestion to Go's shortest float format with
 * {@code .0} added to whole numbers ({@code 1.0}, {@code 0.0005}, {@code 1e+07}); Prometheus 2
 * keeps what the text format said, or Go's shortest format ({@code 1}) from the protobuf format.
 * So the SLI matches the number, not one spelling: its digits in plain notation with any number of
 * trailing zeros ({@code 0\.250*}, {@code 1(\.0*)?}), or in exponent notation with either case of
 * {@code e}, an optional {@code +} and leading zeros in the exponent ({@code 5(\.0*)?[eE]-0*4}).
 */
public final class BucketBounds {
  private BucketBounds() {}

  /** The regex, as written inside a double-quoted PromQL string (its backslashes doubled). */
  public static String regex(BigDecimal bound) {
    return plainRegex(bound) + "|" + exponentRegex(bound);
  }

  private static String plainRegex(BigDecimal bound) {
    String digits = Decimals.plain(bound);
    return digits.contains(".") ? digits.replace(".", "\\\\.") + "0*" : digits + "(\\\\.0*)?";
  }

  private static String exponentRegex(BigDecimal bound) {
    BigDecimal stripped = bound.stripTrailingZeros();
    String sign = stripped.signum() < 0 ? "-" : "";
    String digits = stripped.unscaledValue().abs().toString();
    int exponent = digits.length() - 1 - stripped.scale();
    String mantissa =
        digits.length() == 1
            ? digits + "(\\\\.0*)?"
            : digits.charAt(0) + "\\\\." + digits.substring(1) + "0*";
    String exponentSign = exponent < 0 ? "-" : "\\\\+?";
    return sign + mantissa + "[eE]" + exponentSign + "0*" + Math.abs(exponent);
  }

  /**
   * The spellings the regex must match: the schema's plain decimal, client_java's, Prometheus 3's
   * normalised form and Go's shortest form, without repeats.
   */
  public static List<String> spellings(BigDecimal bound) {
    double value = bound.doubleValue();
    Set<String> spellings = new LinkedHashSet<>();
    spellings.add(Decimals.plain(bound));
    spellings.add(Double.toString(value));
    String go = goShortest(value);
    spellings.add(go.contains(".") || go.contains("e") ? go : go + ".0");
    spellings.add(go);
    return List.copyOf(spellings);
  }

  /** Go's {@code strconv.FormatFloat(value, 'g', -1, 64)}, which Prometheus writes floats with. */
  static String goShortest(double value) {
    BigDecimal shortest = new BigDecimal(Double.toString(value)).stripTrailingZeros();
    String digits = shortest.unscaledValue().abs().toString();
    int exponent = digits.length() - 1 - shortest.scale();
    String sign = shortest.signum() < 0 ? "-" : "";
    if (shortest.signum() == 0) {
      return "0";
    }
    if (exponent < -4 || exponent >= 6) {
      String mantissa =
          digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
      return sign
          + mantissa
          + "e"
          + (exponent < 0 ? "-" : "+")
          + String.format(Locale.ROOT, "%02d", Math.abs(exponent));
    }
    return sign + shortest.abs().toPlainString();
  }
}
