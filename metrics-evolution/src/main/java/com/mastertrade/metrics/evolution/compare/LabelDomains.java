package com.mastertrade.metrics.evolution.compare;

import com.mastertrade.metrics.evolution.snapshot.LabelSnapshot;
import com.mastertrade.metrics.evolution.snapshot.LabelValueSnapshot;
import java.util.stream.Collectors;

/** How reports describe a label's domain. */
final class LabelDomains {
  private LabelDomains() {}

  static String describe(LabelSnapshot label) {
    if (label.open()) {
      return "open, up to " + label.maxValues() + " values";
    }
    return label.kind()
        + ": "
        + label.values().stream().map(LabelValueSnapshot::value).collect(Collectors.joining(", "));
  }
}
