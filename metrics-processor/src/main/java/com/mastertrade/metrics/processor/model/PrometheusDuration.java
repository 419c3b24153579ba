package com.mastertrade.metrics.processor.model;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prometheus' duration syntax ({@code model.ParseDuration}): units y, w, d, h, m, s, ms, each at
 * most once and largest first, or a bare {@code 0}; the total must fit Go's {@code time.Duration}
 * (nanoseconds in an int64).
 */
public final class PrometheusDuration {
  private static final Pattern SYNTAX =
      Pattern.compile(
          "(?:(\\d+)y)?(?:(\\d+)w)?(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?(?:(\\d+)ms)?");
  private static final long[] MILLIS = {
    31_536_000_000L, 604_800_000L, 86_400_000L, 3_600_000L, 60_000L, 1_000L, 1L
  };
  private static final long MAX_MILLIS = Long.MAX_VALUE / 1_000_000;

  private PrometheusDuration() {}

  /** The duration in milliseconds, or empty if Prometheus would not read it. */
  public static OptionalLong millis(String duration) {
    if (duration.equals("0")) {
      return OptionalLong.of(0);
    }
    Matcher m = SYNTAX.matcher(duration);
    if (duration.isEmpty() || !m.matches()) {
      return OptionalLong.empty();
    }
    long total = 0;
    for (int i = 0; i < MILLIS.length; i++) {
      String digits = m.group(i + 1);
      if (digits == null) {
        continue;
      }
      if (digits.length() > 18) {
        return OptionalLong.empty();
      }
      long part = Long.parseLong(digits);
      if (part > MAX_MILLIS / MILLIS[i] || total + part * MILLIS[i] > MAX_MILLIS) {
        return OptionalLong.empty();
      }
      total += part * MILLIS[i];
    }
    return OptionalLong.of(total);
  }
}
