package com.mastertrade.metrics.evolution.report;

import com.mastertrade.metrics.evolution.compare.Change;
import com.mastertrade.metrics.evolution.compare.ChangeStatus;
import com.mastertrade.metrics.evolution.compare.CompatibilityReport;
import com.mastertrade.metrics.evolution.compare.ImpactedUsage;
import java.util.List;

/** The build's failure message: each unacknowledged breaking change and what it impacts. */
public final class CompatibilityFailure {
  private CompatibilityFailure() {}

  public static String message(CompatibilityReport report) {
    List<Change> breaking = report.withStatus(ChangeStatus.BREAKING);
    StringBuilder out =
        new StringBuilder()
            .append(breaking.size())
            .append(breaking.size() == 1 ? " breaking change" : " breaking changes")
            .append(" against the baseline schema, not acknowledged:\n");
    for (Change change : breaking) {
      out.append("  ").append(change.kind().title()).append(": ").append(change.element());
      if (!change.before().isEmpty() || !change.after().isEmpty()) {
        out.append(" (")
            .append(Markdown.inline(change.before()))
            .append(" -> ")
            .append(Markdown.inline(change.after()))
            .append(')');
      }
      out.append('\n');
      if (change.impact().isEmpty()) {
        out.append("    impact: no dashboard, rule, SLO or query reads it\n");
      }
      for (ImpactedUsage usage : change.impact()) {
        out.append("    impact: ").append(ImpactText.describe(usage).replace("`", "")).append('\n');
      }
    }
    out.append(
        "Declare a rename with its former name, deprecate for one baseline before removing, or"
            + " add an accepted-break entry with its reason.");
    return out.toString();
  }
}
