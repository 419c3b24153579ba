package com.mastertrade.metrics.evolution.report;

import com.mastertrade.metrics.evolution.compare.Change;
import com.mastertrade.metrics.evolution.compare.ChangeStatus;
import com.mastertrade.metrics.evolution.compare.CompatibilityReport;
import com.mastertrade.metrics.evolution.compare.ImpactedUsage;
import com.mastertrade.metrics.evolution.snapshot.AcceptedBreakSnapshot;
import java.util.List;

/**
 * The compatibility report as Markdown, for review: breaking and accepted changes each with what
 * they impact, then the compatible ones in a table.
 */
public final class CompatibilityMarkdownWriter {
  private CompatibilityMarkdownWriter() {}

  public static String write(CompatibilityReport report) {
    StringBuilder out = new StringBuilder("# Schema compatibility\n\n");
    List<Change> breaking = report.withStatus(ChangeStatus.BREAKING);
    List<Change> accepted = report.withStatus(ChangeStatus.ACCEPTED);
    List<Change> compatible = report.withStatus(ChangeStatus.COMPATIBLE);
    out.append("Baseline `")
        .append(report.baselineSchema())
        .append("` against the current `")
        .append(report.currentSchema())
        .append("`: ")
        .append(count(breaking.size(), "breaking change"))
        .append(", ")
        .append(accepted.size())
        .append(" accepted, ")
        .append(compatible.size())
        .append(" compatible.\n\n");
    if (!breaking.isEmpty()) {
      out.append(
          "The build fails. Acknowledge each breaking change (declare a rename with its former"
              + " name, deprecate for one baseline before removing, or add an accepted-break"
              + " entry with its reason) or undo it.\n\n");
    }
    section(out, "Breaking changes", breaking);
    section(out, "Accepted breaking changes", accepted);
    if (!compatible.isEmpty()) {
      out.append("## Compatible changes\n\n| change | element | before | after | impact |\n");
      out.append("|---|---|---|---|---|\n");
      for (Change change : compatible) {
        out.append("| ")
            .append(change.kind().title())
            .append(" | ")
            .append(Markdown.code(change.element()))
            .append(" | ")
            .append(Markdown.cell(change.before()))
            .append(" | ")
            .append(Markdown.cell(change.after()))
            .append(" | ")
            .append(change.impact().size())
            .append(" |\n");
      }
      out.append('\n');
    }
    if (!report.unusedAcceptedBreaks().isEmpty()) {
      out.append("## Accepted-break entries that match no change\n\n");
      for (AcceptedBreakSnapshot entry : report.unusedAcceptedBreaks()) {
        out.append("- ")
            .append(entry.change())
            .append(' ')
            .append(Markdown.code(entry.element()))
            .append(": ")
            .append(entry.reason())
            .append('\n');
      }
      out.append('\n');
    }
    if (report.changes().isEmpty()) {
      out.append("No differences.\n");
    }
    return out.toString().stripTrailing() + "\n";
  }

  private static void section(StringBuilder out, String title, List<Change> changes) {
    if (changes.isEmpty()) {
      return;
    }
    out.append("## ").append(title).append("\n\n");
    for (Change change : changes) {
      out.append("### ")
          .append(change.kind().title())
          .append(": ")
          .append(Markdown.code(change.element()))
          .append("\n\n");
      if (!change.before().isEmpty()) {
        out.append("- Before: ").append(Markdown.inline(change.before())).append('\n');
      }
      if (!change.after().isEmpty()) {
        out.append("- After: ").append(Markdown.inline(change.after())).append('\n');
      }
      if (!change.acknowledgement().isEmpty()) {
        out.append("- Accepted: ").append(change.acknowledgement()).append('\n');
      }
      if (change.impact().isEmpty()) {
        out.append("- Impact: no dashboard, rule, SLO or query reads it\n");
      } else {
        out.append("- Impact:\n");
        for (ImpactedUsage usage : change.impact()) {
          out.append("  - ").append(ImpactText.describe(usage)).append('\n');
        }
      }
      out.append('\n');
    }
  }

  private static String count(int n, String noun) {
    return "**" + n + " " + noun + (n == 1 ? "" : "s") + "**";
  }
}
