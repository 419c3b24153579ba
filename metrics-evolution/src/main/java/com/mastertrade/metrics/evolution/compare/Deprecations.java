package com.mastertrade.metrics.evolution.compare;

import com.mastertrade.metrics.evolution.snapshot.DeprecationSnapshot;

/** How reports describe a deprecation. */
final class Deprecations {
  private Deprecations() {}

  static String describe(DeprecationSnapshot deprecation) {
    String text = "deprecated since " + deprecation.since() + ": " + deprecation.reason();
    return deprecation.replacement().isEmpty()
        ? text
        : text + " (use " + deprecation.replacement() + ")";
  }
}
