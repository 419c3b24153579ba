package com.mastertrade.metrics.evolution.snapshot;

import java.util.Locale;

/** What kind of declaration uses a metric. */
public enum UsageKind {
  PANEL,
  RECORDING_RULE,
  ALERT,
  SLO,
  QUERY;

  /** For reports: {@code recording rule}. */
  public String displayName() {
    return this == SLO ? "SLO" : name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
