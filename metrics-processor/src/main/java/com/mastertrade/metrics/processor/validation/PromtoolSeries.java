package com.mastertrade.metrics.processor.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * promtool's expanding notation for the values of a test series: space-separated items, each a
 * number, {@code _} (no sample), {@code stale}, {@code axN} (a, N more times), {@code a+bxN} or
 * {@code a-bxN} (from a, N steps of b) or {@code _xN} (N missing samples).
 */
final class PromtoolSeries {
  private static final String NUMBER =
      "[+-]?(?:(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?|Inf|inf|NaN|nan)";
  private static final Pattern ITEM =
      Pattern.compile(
          "(?<missing>_(?:x(?<missingTimes>\\d+))?)|stale|(?<start>"
              + NUMBER
              + ")"
              + "(?:(?<step>[+-](?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?)?x(?<times>\\d+))?");

  /** The samples a value string expands to, or the item promtool cannot read. */
  record Parsed(long samples, String badItem) {
    boolean valid() {
      return badItem == null;
    }
  }

  private PromtoolSeries() {}

  /**
   * The first {@code limit} samples of valid {@code values}, one per interval: a number, {@code
   * null} for {@code _} (no sample), {@link #STALE} for a staleness marker.
   */
  static List<Double> expand(String values, int limit) {
    List<Double> samples = new ArrayList<>();
    for (String item : values.strip().split("\\s+")) {
      Matcher m = ITEM.matcher(item);
      if (!m.matches() || samples.size() >= limit) {
        break;
      }
      if (m.group("missing") != null) {
        String times = m.group("missingTimes");
        long n = times == null ? 1 : Long.parseLong(times);
        for (long i = 0; i < n && samples.size() < limit; i++) {
          samples.add(null);
        }
      } else if (item.equals("stale")) {
        samples.add(STALE);
      } else {
        double start = number(m.group("start"));
        double step = m.group("step") == null ? 0 : Double.parseDouble(m.group("step"));
        long n = m.group("times") == null ? 0 : Long.parseLong(m.group("times"));
        for (long i = 0; i <= n && samples.size() < limit; i++) {
          samples.add(start + i * step);
        }
      }
    }
    return samples;
  }

  /** The staleness marker among expanded samples, told apart by identity. */
  static final Double STALE = Double.valueOf(Double.NaN);

  private static double number(String text) {
    String bare = text.replaceFirst("^[+-]", "").toLowerCase(java.util.Locale.ROOT);
    double sign = text.startsWith("-") ? -1 : 1;
    return switch (bare) {
      case "inf" -> sign * Double.POSITIVE_INFINITY;
      case "nan" -> Double.NaN;
      default -> sign * Double.parseDouble(bare);
    };
  }

  static Parsed parse(String values) {
    String trimmed = values.strip();
    if (trimmed.isEmpty()) {
      return new Parsed(0, "(nothing)");
    }
    long samples = 0;
    for (String item : trimmed.split("\\s+")) {
      Matcher m = ITEM.matcher(item);
      if (!m.matches()) {
        return new Parsed(samples, item);
      }
      String times = m.group("missing") != null ? m.group("missingTimes") : m.group("times");
      if (times != null && times.length() > 6) {
        return new Parsed(samples, item);
      }
      if (m.group("missing") != null) {
        samples += times == null ? 1 : Long.parseLong(times);
      } else {
        samples += times == null ? 1 : Long.parseLong(times) + 1;
      }
    }
    return new Parsed(samples, null);
  }
}
