package com.mastertrade.metrics.evolution.live;

import java.util.Locale;

/** {@code 12 of 46 declared metrics (26.1%)}. */
final class Coverage {
  private Coverage() {}

  static String describe(int exposed, int declared) {
    return exposed + " of " + declared + " declared metrics (" + percent(exposed, declared) + ")";
  }

  static String percent(int part, int whole) {
    return String.format(Locale.ROOT, "%.1f%%", whole == 0 ? 100.0 : 100.0 * part / whole);
  }
}
