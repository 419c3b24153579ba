package com.mastertrade.metrics.benchmarks.report;

import java.util.Locale;
import java.util.Map;

/**
 * A performance target of the toolkit, stated as a ratio between two benchmarks of the same run
 * ({@code subject / baseline} at most {@code limit}, or {@code baseline / subject} at least {@code
 * limit}), or as an absolute bound for the one target stated in time.
 */
record Target(String what, String subject, String baseline, Kind kind, double limit) {
  enum Kind {
    /** subject / baseline &lt;= limit. */
    AT_MOST_RATIO,
    /** baseline / subject &gt;= limit. */
    AT_LEAST_SPEEDUP,
    /** subject in ns/op &lt;= limit. */
    AT_MOST_NANOS,
    /** subject allocates at most limit bytes per operation. */
    AT_MOST_BYTES
  }

  static Target ratio(String what, String subject, String baseline, double limit) {
    return new Target(what, subject, baseline, Kind.AT_MOST_RATIO, limit);
  }

  static Target speedup(String what, String subject, String baseline, double limit) {
    return new Target(what, subject, baseline, Kind.AT_LEAST_SPEEDUP, limit);
  }

  static Target nanos(String what, String subject, double limit) {
    return new Target(what, subject, null, Kind.AT_MOST_NANOS, limit);
  }

  static Target bytes(String what, String subject, double limit) {
    return new Target(what, subject, null, Kind.AT_MOST_BYTES, limit);
  }

  /** One Markdown table row: what, measured, target, verdict; "not measured" if a key is absent. */
  String row(Map<String, Measurement> results) {
    Measurement s = results.get(subject);
    Measurement b = baseline == null ? null : results.get(baseline);
    if (s == null || (baseline != null && b == null)) {
      return String.format(
          Locale.ROOT, "| %s | not measured in this run (see the analysis) | %s | no verdict |", what, goal());
    }
    switch (kind) {
      case AT_MOST_RATIO:
        Ratio r = Ratio.of(s, b);
        return row(r.format(2), r.value() <= limit, r.median() <= limit || r.low() <= limit);
      case AT_LEAST_SPEEDUP:
        Ratio up = Ratio.of(b, s);
        return row(
            up.format(1) + " faster",
            up.value() >= limit,
            up.median() >= limit || up.high() >= limit);
      case AT_MOST_NANOS:
        String nanos =
            String.format(
                Locale.ROOT,
                "%.0f ns (median %.0f [%.0f, %.0f])",
                s.minNanos(),
                s.medianNanos(),
                s.lowerQuartileNanos(),
                s.upperQuartileNanos());
        return row(nanos, s.minNanos() <= limit, s.medianNanos() <= limit);
      default:
        long bytes = s.roundedBytes();
        return row(bytes + " B/op", bytes <= limit, bytes <= limit);
    }
  }

  /** Met on the fastest iterations; "within noise" when only the medians' interval reaches it. */
  private String row(String measured, boolean met, boolean withinInterval) {
    String verdict = met ? "met" : withinInterval ? "within noise" : "**missed**";
    return String.format(Locale.ROOT, "| %s | %s | %s | %s |", what, measured, goal(), verdict);
  }

  private String goal() {
    switch (kind) {
      case AT_MOST_RATIO:
        return String.format(Locale.ROOT, "≤ %.2fx", limit);
      case AT_LEAST_SPEEDUP:
        return String.format(Locale.ROOT, "≥ %.0fx faster", limit);
      case AT_MOST_NANOS:
        return String.format(Locale.ROOT, "< %.0f ns", limit);
      default:
        return String.format(Locale.ROOT, "%.0f B/op", limit);
    }
  }
}
