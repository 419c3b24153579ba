package com.mastertrade.metrics.evolution.compare;

/** How reports and accepted-break entries name a changed element. */
public final class Elements {
  private Elements() {}

  /** {@code metric{label}}. */
  public static String label(String metric, String label) {
    return metric + "{" + label + "}";
  }

  /** {@code metric{label="value"}}. */
  public static String labelValue(String metric, String label, String value) {
    return metric + "{" + label + "=\"" + value + "\"}";
  }
}
