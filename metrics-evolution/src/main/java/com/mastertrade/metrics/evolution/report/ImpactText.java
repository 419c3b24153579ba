package com.mastertrade.metrics.evolution.report;

import com.mastertrade.metrics.evolution.compare.ImpactedUsage;

/** {@code panel `MasterTrade / System Health / Uptime` (baseline and current)}. */
final class ImpactText {
  private ImpactText() {}

  static String describe(ImpactedUsage usage) {
    return usage.kind().displayName()
        + " "
        + Markdown.code(usage.name())
        + " ("
        + usage.sides()
        + ")";
  }
}
