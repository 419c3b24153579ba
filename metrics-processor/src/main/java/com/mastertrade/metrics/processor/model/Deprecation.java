package com.mastertrade.metrics.processor.model;

/**
 * A {@code @DeprecatedMetric} on a metric or an enum constant.
 *
 * @param replacement what to use instead, empty if nothing
 * @param origin the deprecated element and its annotation
 */
public record Deprecation(String since, String reason, String replacement, Origin origin) {
  /** {@code deprecated since 2.0: reason (use x)}, for docs and diagnostics. */
  public String describe() {
    String text = "deprecated since " + since + ": " + reason;
    return replacement.isEmpty() ? text : text + " (use " + replacement + ")";
  }
}
