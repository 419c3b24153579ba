package com.mastertrade.metrics.processor;

import com.mastertrade.metrics.processor.alerts.AlertmanagerConfigWriter;
import com.mastertrade.metrics.processor.alerts.AlertmanagerRouteTestWriter;
import com.mastertrade.metrics.processor.alerts.RuleFileWriter;
import com.mastertrade.metrics.processor.alerts.RuleTestWriter;
import com.mastertrade.metrics.processor.alerts.SloRuleTestWriter;
import com.mastertrade.metrics.processor.alerts.SloRuleWriter;
import com.mastertrade.metrics.processor.alerts.SloScenarioWriter;
import com.mastertrade.metrics.processor.alerts.WatchdogRuleWriter;
import com.mastertrade.metrics.processor.dashboards.GrafanaDashboardWriter;
import com.mastertrade.metrics.processor.docs.MarkdownDocsWriter;
import com.mastertrade.metrics.processor.docs.PromqlExamplesWriter;
import com.mastertrade.metrics.processor.docs.RunbookWriter;
import com.mastertrade.metrics.processor.kubernetes.KubernetesManifestWriter;
import com.mastertrade.metrics.processor.output.GeneratedResource;
import com.mastertrade.metrics.processor.resolved.ArtifactWriter;
import com.mastertrade.metrics.processor.resolved.ResolvedSchema;
import com.mastertrade.metrics.processor.scrape.ScrapeConfigWriter;
import com.mastertrade.metrics.processor.snapshot.SchemaSnapshotWriter;
import java.util.ArrayList;
import java.util.List;

/** Every artifact writer, run in turn over a resolved schema: the files, in a stable order. */
final class ArtifactWriters {
  private static final ArtifactWriter DASHBOARDS = new GrafanaDashboardWriter();
  private static final ArtifactWriter RULES = new RuleFileWriter();
  private static final ArtifactWriter SLO_RULES = new SloRuleWriter();
  private static final ArtifactWriter ALERTMANAGER = new AlertmanagerConfigWriter();
  private static final ArtifactWriter WATCHDOG = new WatchdogRuleWriter();

  /** The Secret's configuration sends where the cluster reaches, the stack's where it declares. */
  private static final ArtifactWriter KUBERNETES_ALERTMANAGER =
      new AlertmanagerConfigWriter(schema -> schema.kubernetes().receivers());

  private static final List<ArtifactWriter> WRITERS =
      List.of(
          new MarkdownDocsWriter(),
          new PromqlExamplesWriter(),
          DASHBOARDS,
          RULES,
          new RuleTestWriter(),
          SLO_RULES,
          new SloRuleTestWriter(),
          new SloScenarioWriter(),
          WATCHDOG,
          new ScrapeConfigWriter(),
          new RunbookWriter(),
          ALERTMANAGER,
          new AlertmanagerRouteTestWriter(),
          new KubernetesManifestWriter(List.of(DASHBOARDS, RULES, SLO_RULES, WATCHDOG, KUBERNETES_ALERTMANAGER)),
          new SchemaSnapshotWriter());

  private ArtifactWriters() {}

  static List<GeneratedResource> write(ResolvedSchema schema) {
    List<GeneratedResource> files = new ArrayList<>();
    for (ArtifactWriter writer : WRITERS) {
      files.addAll(writer.write(schema));
    }
    return files;
  }
}
