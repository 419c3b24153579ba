package com.mastertrade.metrics.processor.resolved;

import com.mastertrade.metrics.processor.declarations.AlertGroupModel;
import com.mastertrade.metrics.processor.declarations.DashboardModel;
import com.mastertrade.metrics.processor.declarations.DeclarationsModel;
import com.mastertrade.metrics.processor.declarations.SloModel;
import com.mastertrade.metrics.processor.model.MetricModel;
import com.mastertrade.metrics.processor.model.SchemaModel;
import com.mastertrade.metrics.processor.output.ArtifactPaths;
import com.mastertrade.metrics.processor.promql.ResolvedDeclarations;
import com.mastertrade.metrics.processor.promql.syntax.PromqlTarget;
import com.mastertrade.metrics.processor.slo.ResolvedSlo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A validated schema with everything derived from it, complete before any writer runs: what every
 * {@link ArtifactWriter} reads, so that no writer resolves, derives or fails on its own.
 *
 * @param model the metrics
 * @param declarations the dashboards, alerts, queries, SLOs, routing and scrape configuration
 * @param expressions every template of the declarations, resolved to PromQL
 * @param slos the SLOs resolved into the series their SLIs read, in declaration order
 * @param sloDashboard the dashboard composed for the SLOs; empty without SLOs
 * @param alertLinks the runbook and dashboard links every alert carries
 * @param kubernetes where and how the Kubernetes manifests land
 * @param datasources where the Grafana data sources reach Prometheus and Zipkin
 * @param target the Prometheus the artifacts are written for
 */
public record ResolvedSchema(
    SchemaModel model,
    DeclarationsModel declarations,
    ResolvedDeclarations expressions,
    List<ResolvedSlo> slos,
    Optional<DashboardModel> sloDashboard,
    AlertLinks alertLinks,
    KubernetesSettings kubernetes,
    GrafanaDatasourceSettings datasources,
    PromqlTarget target) {

  public ResolvedSchema {
    slos = List.copyOf(slos);
  }

  /** The declared dashboards, then the SLO dashboard if there is one. */
  public List<DashboardModel> dashboards() {
    List<DashboardModel> all = new ArrayList<>(declarations.dashboards());
    sloDashboard.ifPresent(all::add);
    return List.copyOf(all);
  }

  /** This schema with the alerts linking by {@code links}, as the Kubernetes manifests do. */
  public ResolvedSchema withAlertLinks(AlertLinks links) {
    return new ResolvedSchema(
        model, declarations, expressions, slos, sloDashboard, links, kubernetes, datasources,
        target);
  }

  /** What scraping the schema's native histograms takes on the target. */
  public NativeHistogramScraping nativeHistogramScraping() {
    return NativeHistogramScraping.of(this);
  }

  /** Whether any metric carries exemplars, so its data sources link them to traces. */
  public boolean hasExemplars() {
    return model.metrics().anyMatch(MetricModel::exemplars);
  }

  /** The uid of the SLO dashboard, which the SLO alerts link to. */
  public String sloDashboardUid() {
    return SloModel.dashboardUid(model.namespace());
  }

  /**
   * Every rule file Prometheus loads, relative to the alerts folder: the groups', the SLOs', then
   * the Watchdog's.
   */
  public List<String> ruleFiles() {
    List<String> files = new ArrayList<>();
    for (AlertGroupModel group : declarations.alertGroups()) {
      files.add(ArtifactPaths.ruleFile(group.name()));
    }
    if (!slos.isEmpty()) {
      files.add(ArtifactPaths.ruleFile(ArtifactPaths.SLO_RULES));
    }
    if (declarations.alerting().filter(a -> a.hasWatchdog()).isPresent()) {
      files.add(WatchdogAlert.ruleFile());
    }
    return List.copyOf(files);
  }
}
