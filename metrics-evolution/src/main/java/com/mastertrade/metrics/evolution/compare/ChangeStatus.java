package com.mastertrade.metrics.evolution.compare;

import java.util.Locale;

/** What a change means for the build: only {@link #BREAKING} fails it. */
public enum ChangeStatus {
  /** A breaking change the schema does not acknowledge. */
  BREAKING,
  /**
   * A breaking change the schema acknowledges: a declared rename, a kept deprecation, or an
   * accepted-break entry.
   */
  ACCEPTED,
  COMPATIBLE;

  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
