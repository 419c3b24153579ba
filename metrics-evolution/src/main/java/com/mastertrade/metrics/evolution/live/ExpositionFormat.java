package com.mastertrade.metrics.evolution.live;

import java.util.Locale;

/** The two text formats a {@code /metrics} endpoint answers in. */
public enum ExpositionFormat {
  /** The Prometheus text format 0.0.4: counters named with {@code _total}, no units. */
  PROMETHEUS_TEXT("text/plain; version=0.0.4; charset=utf-8"),
  /** OpenMetrics 1.0: families named without {@code _total}, {@code # UNIT}, {@code # EOF}. */
  OPENMETRICS("application/openmetrics-text; version=1.0.0; charset=utf-8");

  private final String contentType;

  ExpositionFormat(String contentType) {
    this.contentType = contentType;
  }

  public String contentType() {
    return contentType;
  }

  /**
   * The format a user names: {@code openmetrics} or {@code text}.
   *
   * @throws IllegalArgumentException saying which names there are
   */
  public static ExpositionFormat named(String name) {
    return switch (name) {
      case "openmetrics" -> OPENMETRICS;
      case "text" -> PROMETHEUS_TEXT;
      default -> throw new IllegalArgumentException("format is openmetrics or text, not " + name);
    };
  }

  /** The format a response's {@code Content-Type} names; the text format unless OpenMetrics. */
  public static ExpositionFormat ofContentType(String contentType) {
    return contentType != null
            && contentType.toLowerCase(Locale.ROOT).startsWith("application/openmetrics-text")
        ? OPENMETRICS
        : PROMETHEUS_TEXT;
  }

  /** The format of a saved exposition: OpenMetrics ends with {@code # EOF}. */
  public static ExpositionFormat ofText(String text) {
    return text.stripTrailing().endsWith("# EOF") ? OPENMETRICS : PROMETHEUS_TEXT;
  }
}
