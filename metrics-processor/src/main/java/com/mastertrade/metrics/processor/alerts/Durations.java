package com.mastertrade.metrics.processor.alerts;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Prometheus durations such as {@code 1h30m}, already validated by DeclarationShapeValidator. */
final class Durations {
  private static final Pattern PART = Pattern.compile("(\\d+)(ms|[smhdwy])");
  private static final Map<String, Long> MILLIS =
      Map.of(
          "ms", 1L,
          "s", 1_000L,
          "m", 60_000L,
          "h", 3_600_000L,
          "d", 86_400_000L,
          "w", 604_800_000L,
          "y", 31_536_000_000L);

  private Durations() {}

  static long seconds(String duration) {
    long millis = 0;
    Matcher part = PART.matcher(duration);
    while (part.find()) {
      millis += Long.parseLong(part.group(1)) * MILLIS.get(part.group(2));
    }
    return millis / 1000;
  }

  /** Whole minutes as {@code 15m}, anything else in seconds. */
  static String format(long seconds) {
    return seconds % 60 == 0 ? seconds / 60 + "m" : seconds + "s";
  }
}
