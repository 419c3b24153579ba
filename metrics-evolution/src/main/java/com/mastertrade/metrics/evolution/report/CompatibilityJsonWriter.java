package com.mastertrade.metrics.evolution.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mastertrade.metrics.conventions.JsonPrinter;
import com.mastertrade.metrics.evolution.compare.Change;
import com.mastertrade.metrics.evolution.compare.ChangeStatus;
import com.mastertrade.metrics.evolution.compare.CompatibilityReport;
import com.mastertrade.metrics.evolution.compare.ImpactedUsage;
import com.mastertrade.metrics.evolution.snapshot.AcceptedBreakSnapshot;

/** The compatibility report as JSON, for tools: every change with its status and impact. */
public final class CompatibilityJsonWriter {
  private CompatibilityJsonWriter() {}

  public static String write(CompatibilityReport report) {
    ObjectNode root = JsonPrinter.object();
    root.put("baseline", report.baselineSchema());
    root.put("current", report.currentSchema());
    root.put("passed", report.passed());
    ObjectNode summary = root.putObject("summary");
    for (ChangeStatus status : ChangeStatus.values()) {
      summary.put(status.jsonName(), report.withStatus(status).size());
    }
    ArrayNode changes = root.putArray("changes");
    for (Change change : report.changes()) {
      ObjectNode node = changes.addObject();
      node.put("status", change.status().jsonName());
      node.put("kind", change.kind().name());
      node.put("title", change.kind().title());
      node.put("element", change.element());
      node.put("before", change.before());
      node.put("after", change.after());
      node.put("acknowledgement", change.acknowledgement());
      ArrayNode impact = node.putArray("impact");
      for (ImpactedUsage usage : change.impact()) {
        ObjectNode used = impact.addObject();
        used.put("kind", usage.kind().displayName());
        used.put("name", usage.name());
        used.put("inBaseline", usage.inBaseline());
        used.put("inCurrent", usage.inCurrent());
      }
    }
    ArrayNode unused = root.putArray("unusedAcceptedBreaks");
    for (AcceptedBreakSnapshot entry : report.unusedAcceptedBreaks()) {
      unused
          .addObject()
          .put("change", entry.change())
          .put("element", entry.element())
          .put("reason", entry.reason());
    }
    return JsonPrinter.print(root);
  }
}
