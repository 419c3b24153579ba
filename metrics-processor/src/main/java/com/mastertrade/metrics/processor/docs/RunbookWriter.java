package com.mastertrade.metrics.processor.docs;

import com.mastertrade.metrics.processor.output.GeneratedResource;
import com.mastertrade.metrics.processor.resolved.AlertLinks;
import com.mastertrade.metrics.processor.resolved.ArtifactWriter;
import com.mastertrade.metrics.processor.resolved.ResolvedSchema;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a Markdown runbook page per alert, and an index. Every first check is a {@code promql}
 * block, so the docs check parses it with promtool like every other query of the docs.
 */
public final class RunbookWriter implements ArtifactWriter {
  /** The pages and their index; nothing for a schema without alerts. */
  @Override
  public List<GeneratedResource> write(ResolvedSchema schema) {
    List<RunbookPage> pages = AlertRunbooks.of(schema);
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
    md.append("# ").append(MarkdownText.inline(page.alert())).append("\n\n");
    md.append("**Severity:** ").append(MarkdownText.inline(page.severity()));
    md.append(" · **Rules:** ").append(MarkdownText.code("alerts/" + page.ruleFile()));
    md.append(" · **Labels:** ")
        .append(String.join(", ", page.labels().stream().map(MarkdownText::code).toList()));
    md.append("\n\n## What fired\n\n");
    md.append(MarkdownText.text(MarkdownText.oneLine(page.summary() + ". " + page.description())));
    md.append("\n\nIt fires when ").append(page.firesWhen()).append(".\n\n");
    md.append("## What it means\n\n");
    md.append(MarkdownText.text(MarkdownText.oneLine(page.meaning()))).append("\n\n");
    md.append("## Likely causes\n\n");
    page.causes()
        .forEach(
            cause ->
                md.append("- ")
                    .append(MarkdownText.text(MarkdownText.oneLine(cause)))
                    .append("\n"));
    if (!page.mitigations().isEmpty()) {
      md.append("\n## Mitigation\n\n");
      for (int i = 0; i < page.mitigations().size(); i++) {
        md.append(i + 1)
            .append(". ")
            .append(MarkdownText.text(MarkdownText.oneLine(page.mitigations().get(i))))
            .append("\n");
      }
    }
    md.append("\n## First checks\n");
    for (RunbookPage.Check check : page.checks()) {
      md.append("\n").append(MarkdownText.text(MarkdownText.oneLine(check.description())));
      md.append(":\n\n").append(MarkdownText.fence("promql", check.promql()));
    }
    if (!page.dashboards().isEmpty()) {
      md.append("\n## Dashboards\n\n");
    }
    for (RunbookPage.Link link : page.dashboards()) {
      md.append("- [").append(MarkdownText.inline(link.title())).append("](");
      md.append(link.url()).append(")\n");
    }
    page.traces()
        .ifPresent(
            link ->
                md.append("\n## Traces\n\n")
                    .append("- [")
                    .append(MarkdownText.inline(link.title()))
                    .append("](")
                    .append(link.url())
                    .append("): the latency panels' exemplars open single traces of it\n"));
    return md.toString();
  }

  private static String cell(String text) {
    return MarkdownText.inline(MarkdownText.oneLine(text));
  }
}
