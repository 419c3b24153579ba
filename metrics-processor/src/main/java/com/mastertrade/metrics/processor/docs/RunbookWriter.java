package com.mastertrade.metrics.processor.docs;

import com.mastertrade.metrics.processor.output.AlertLinks;
import com.mastertrade.metrics.processor.output.GeneratedResource;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a Markdown runbook page per alert, and an index. Every first check is a {@code promql}
 * block, so the docs check parses it with promtool like every other query of the docs.
 */
public final class RunbookWriter {
  /** The pages and their index; nothing for a schema without alerts. */
  public List<GeneratedResource> write(List<RunbookPage> pages) {
    List<GeneratedResource> files = new ArrayList<>();
    if (pages.isEmpty()) {
      return files;
    }
    StringBuilder index = new StringBuilder("# Runbooks\n\n");
    index.append("One page per alert: what fired, what it means, the likely causes, the first");
    index.append(" checks and the dashboards to open. Generated from the schema; do not edit.\n\n");
    index.append("| Alert | Severity | Summary |\n|---|---|---|\n");
    for (RunbookPage page : pages) {
      index
          .append("| [")
          .append(page.alert())
          .append("](")
          .append(AlertLinks.fileName(page.alert()));
      index.append(") | ").append(page.severity()).append(" | ").append(cell(page.summary()));
      index.append(" |\n");
      files.add(
          new GeneratedResource(
              AlertLinks.FOLDER + "/" + AlertLinks.fileName(page.alert()), page(page)));
    }
    files.add(0, new GeneratedResource(AlertLinks.FOLDER + "/README.md", index.toString()));
    return files;
  }

  private static String page(RunbookPage page) {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(page.alert()).append("\n\n");
    md.append("**Severity:** ").append(page.severity());
    md.append(" · **Rules:** `alerts/").append(page.ruleFile()).append("`");
    md.append(" · **Labels:** ")
        .append(String.join(", ", page.labels().stream().map(l -> "`" + l + "`").toList()));
    md.append("\n\n");
    md.append("## What fired\n\n").append(page.summary()).append(". ").append(page.description());
    md.append("\n\nIt fires when ").append(page.firesWhen()).append(".\n\n");
    md.append("## What it means\n\n").append(page.meaning()).append("\n\n");
    md.append("## Likely causes\n\n");
    page.causes().forEach(cause -> md.append("- ").append(cause).append("\n"));
    md.append("\n## First checks\n");
    for (RunbookPage.Check check : page.checks()) {
      md.append("\n").append(check.description()).append(":\n\n```promql\n");
      md.append(check.promql()).append("\n```\n");
    }
    md.append("\n## Dashboards\n\n");
    for (RunbookPage.Link link : page.dashboards()) {
      md.append("- [").append(link.title()).append("](").append(link.url()).append(")\n");
    }
    return md.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }
}
