package com.mastertrade.metrics.annotations;

/** The {@code severity} label of an alert. */
public enum Severity {
  CRITICAL,
  WARNING,
  INFO
}
