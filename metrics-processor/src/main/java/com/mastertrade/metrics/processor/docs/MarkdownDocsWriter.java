package com.mastertrade.metrics.processor.docs;

import com.mastertrade.metrics.processor.declarations.AlertGroupModel;
import com.mastertrade.metrics.processor.declarations.AlertGroupModel.AlertModel;
import com.mastertrade.metrics.processor.declarations.DashboardModel;
import com.mastertrade.metrics.processor.declarations.DeclarationsModel;
import com.mastertrade.metrics.processor.declarations.QueryModel;
import com.mastertrade.metrics.processor.model.CategoryModel;
import com.mastertrade.metrics.processor.model.PrometheusDuration;
import com.mastertrade.metrics.processor.model.SchemaModel;
import com.mastertrade.metrics.processor.output.ArtifactPaths;
import com.mastertrade.metrics.processor.output.GeneratedResource;
import com.mastertrade.metrics.processor.promql.ResolvedDeclarations;
import com.mastertrade.metrics.processor.resolved.ArtifactWriter;
import com.mastertrade.metrics.processor.resolved.ResolvedSchema;
import com.mastertrade.metrics.processor.slo.ResolvedSlo;
import com.mastertrade.metrics.processor.slo.Retention;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes the Markdown docs: an index, one page per category, and the named example queries. */
public final class MarkdownDocsWriter implements ArtifactWriter {

  /** The path of a category's page, relative to the artifact root. */
  public static String pageOf(CategoryModel category) {
    return ArtifactPaths.DOCS + "/" + CategoryPageWriter.fileName(category);
  }

  @Override
  public List<GeneratedResource> write(ResolvedSchema resolvedSchema) {
    SchemaModel schema = resolvedSchema.model();
    DeclarationsModel declarations = resolvedSchema.declarations();
    ResolvedDeclarations resolved = resolvedSchema.expressions();
    List<GeneratedResource> pages = new ArrayList<>();
    pages.add(
        page("README.md", index(schema, declarations, resolved, resolvedSchema.slos())));
    CategoryPageWriter categoryPages =
        new CategoryPageWriter(new UsageIndex(declarations, resolved));
    for (CategoryModel category : schema.categories()) {
      pages.add(page(CategoryPageWriter.fileName(category), categoryPages.write(category)));
    }
    pages.add(page("queries.md", queries(declarations, resolved)));
    return pages;
  }

  private static GeneratedResource page(String name, String content) {
    return new GeneratedResource(ArtifactPaths.DOCS + "/" + name, content);
  }

  private static String index(
      SchemaModel schema,
      DeclarationsModel declarations,
      ResolvedDeclarations resolved,
      List<ResolvedSlo> slos) {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(schema.simpleName()).append(" metrics\n\n");
    md.append("Generated from `").append(schema.qualifiedName());
    md.append("` by the metrics processor; do not edit. Every name carries the namespace `");
    md.append(schema.namespace()).append("_`. At worst the schema exposes ");
    md.append(String.format(Locale.ROOT, "%,d", schema.worstCaseSeries()))
        .append(" series (budget ");
    md.append(String.format(Locale.ROOT, "%,d", schema.maxSeries())).append(").\n\n");
    md.append("| Category | Metrics | Worst-case series |\n|---|---:|---:|\n");
    for (CategoryModel category : schema.categories()) {
      md.append("| [")
          .append(MarkdownText.inline(category.title()))
          .append("](")
          .append(CategoryPageWriter.fileName(category));
      md.append(") | ").append(category.metrics().size()).append(" | ");
      md.append(String.format(Locale.ROOT, "%,d", category.worstCaseSeries())).append(" |\n");
    }
    md.append(DistributionCosts.indexSection(schema));
    md.append("\n## Dashboards\n\n");
    for (DashboardModel dashboard : declarations.dashboards()) {
      md.append("- ")
          .append(MarkdownText.text(dashboard.title()))
          .append(" (`dashboards/")
          .append(dashboard.uid());
      md.append(".json`, ").append(dashboard.panels().size()).append(" panels)\n");
    }
    md.append("\n## Alerts\n\n");
    for (AlertGroupModel group : declarations.alertGroups()) {
      for (AlertModel alert : group.alerts()) {
        md.append("- **").append(MarkdownText.inline(alert.name())).append("** (");
        md.append(alert.severity());
        md.append(", `alerts/").append(group.name()).append(".rules.yml`): fires when ");
        md.append(MarkdownText.code(resolved.promql(alert.expr()))).append(" ");
        md.append(
            PrometheusDuration.millis(alert.pendingFor()).orElse(0) == 0
                ? "holds, at once"
                : "has held for " + alert.pendingFor());
        md.append("\n");
      }
    }
    md.append(retention(slos));
    md.append("\nExample queries: [queries.md](queries.md).\n");
    return md.toString();
  }

  /** The retention each SLO needs, and the one Prometheus must keep for all of them. */
  private static String retention(List<ResolvedSlo> slos) {
    if (slos.isEmpty()) {
      return "";
    }
    StringBuilder md = new StringBuilder("\n## SLOs\n\n");
    md.append("| SLO | Job | Objective | Compliance window | Retention it needs |\n");
    md.append("|---|---|---:|---|---|\n");
    for (ResolvedSlo slo : slos) {
      md.append("| ").append(MarkdownText.inline(slo.name()));
      md.append(" | ").append(MarkdownText.inline(slo.job()));
      md.append(" | ").append(slo.objectivePercent()).append(" %");
      md.append(" | ").append(slo.slo().window());
      md.append(" | ").append(Retention.duration(Retention.days(slo))).append(" |\n");
    }
    String kept = Retention.duration(Retention.days(slos));
    md.append("\nPrometheus must keep at least ").append(kept);
    md.append(" of samples (`--storage.tsdb.retention.time=").append(kept);
    md.append("`; `retention: ").append(kept);
    md.append("` in the Kubernetes manifests' `Prometheus`, `prometheus.yaml`): the long-window");
    md.append(" rules read each compliance window back, plus a day for the rate windows that");
    md.append(" reach past its start. With less, the budget covers only what is kept.\n");
    return md.toString();
  }

  private static String queries(DeclarationsModel declarations, ResolvedDeclarations resolved) {
    StringBuilder md = new StringBuilder("# Example queries\n");
    for (QueryModel query : declarations.queries()) {
      md.append("\n## ").append(MarkdownText.inline(query.name())).append("\n\n");
      md.append(MarkdownText.text(query.description()));
      md.append("\n\n").append(MarkdownText.fence("promql", resolved.promql(query.expr())));
    }
    return md.toString();
  }
}
