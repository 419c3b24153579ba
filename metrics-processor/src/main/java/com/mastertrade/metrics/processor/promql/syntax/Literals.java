package com.mastertrade.metrics.processor.promql.syntax;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The values of number and duration tokens, with the errors Prometheus gives for bad ones. */
final class Literals {
  private static final Pattern DURATION =
      Pattern.compile(
          "(?:(\\d+)y)?(?:(\\d+)w)?(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?(?:(\\d+)ms)?");
  private static final long[] UNIT_MILLIS = {
    365L * 24 * 3600_000, 7L * 24 * 3600_000, 24L * 3600_000, 3600_000L, 60_000L, 1000L, 1L
  };

  private Literals() {}

  /** A number as Go reads it: an integer in any base Go knows, else a float. */
  static double number(Token token) {
    // Prometheus 3's lexer admits '_' only between digits, where Go's parsers skip it.
    String text = token.text().replace("_", "");
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.equals("inf")) {
      return Double.POSITIVE_INFINITY;
    }
    if (lower.equals("nan")) {
      return Double.NaN;
    }
    try {
      if (lower.startsWith("0x")) {
        return Long.parseLong(text.substring(2), 16);
      }
      if (lower.length() > 1
          && lower.startsWith("0")
          && lower.chars().allMatch(Character::isDigit)) {
        try {
          return Long.parseLong(text, 8);
        } catch (NumberFormatException notOctal) {
          // Go falls back to reading it as a decimal float: 09 is 9.
        }
      }
      double value = Double.parseDouble(text);
      if (Double.isInfinite(value)) {
        throw error(token, "value out of range");
      }
      return value;
    } catch (NumberFormatException e) {
      throw error(token, "invalid syntax");
    }
  }

  private static PromqlSyntaxException error(Token token, String reason) {
    return new PromqlSyntaxException(
        token.start(),
        "error parsing number: strconv.ParseFloat: parsing \"" + token.text() + "\": " + reason);
  }

  private static final String UNITS = "y w d h m s ms";

  /**
   * A duration as Prometheus 3 reads it ({@code model.ParseDuration}): units from years to
   * milliseconds, each once and in order; {@code 0} alone is 0. In seconds.
   */
  static double durationSeconds3(Token token) {
    String text = token.text();
    if (text.equals("0")) {
      return 0;
    }
    String invalid = "not a valid duration string: \"" + text + "\"";
    List<String> units = List.of(UNITS.split(" "));
    long nanos = 0;
    int lastUnit = -1;
    int i = 0;
    while (i < text.length()) {
      int digits = i;
      while (i < text.length() && Cursor.isDigit(text.charAt(i))) {
        i++;
      }
      int unitStart = i;
      while (i < text.length() && !Cursor.isDigit(text.charAt(i))) {
        i++;
      }
      if (digits == unitStart || unitStart == i) {
        throw new PromqlSyntaxException(token.start(), invalid);
      }
      String unit = text.substring(unitStart, i);
      int index = units.indexOf(unit);
      if (index < 0) {
        throw new PromqlSyntaxException(
            token.start(), "unknown unit \"" + unit + "\" in duration \"" + text + "\"");
      }
      if (index <= lastUnit) {
        throw new PromqlSyntaxException(token.start(), invalid);
      }
      lastUnit = index;
      long count;
      try {
        count = Long.parseUnsignedLong(text.substring(digits, unitStart));
      } catch (NumberFormatException e) {
        throw new PromqlSyntaxException(token.start(), invalid);
      }
      long unitNanos = UNIT_MILLIS[index] * 1_000_000L;
      if (Long.compareUnsigned(count, Long.divideUnsigned(1L << 63, unitNanos)) > 0) {
        throw new PromqlSyntaxException(token.start(), "duration out of range");
      }
      nanos += count * unitNanos;
      if (nanos < 0) {
        throw new PromqlSyntaxException(token.start(), "duration out of range");
      }
    }
    return nanos / 1e9;
  }

  /** A duration as Prometheus reads it: units from years to milliseconds, in order, above 0. */
  static long durationMillis(Token token) {
    Matcher matcher = DURATION.matcher(token.text());
    if (!matcher.matches()) {
      throw new PromqlSyntaxException(
          token.start(), "not a valid duration string: \"" + token.text() + "\"");
    }
    long nanos = 0;
    try {
      for (int group = 1; group <= UNIT_MILLIS.length; group++) {
        String count = matcher.group(group);
        if (count != null) {
          long millis = Math.multiplyExact(Long.parseLong(count), UNIT_MILLIS[group - 1]);
          nanos = Math.addExact(nanos, Math.multiplyExact(millis, 1_000_000L));
        }
      }
    } catch (ArithmeticException | NumberFormatException e) {
      throw new PromqlSyntaxException(token.start(), "duration out of range");
    }
    if (nanos == 0) {
      throw new PromqlSyntaxException(token.start(), "duration must be greater than 0");
    }
    return nanos / 1_000_000L;
  }
}
