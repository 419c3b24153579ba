package com.mastertrade.metrics.processor.docs;

import com.mastertrade.metrics.processor.declarations.AlertGroupModel;
import com.mastertrade.metrics.processor.declarations.AlertGroupModel.AlertModel;
import com.mastertrade.metrics.processor.declarations.DashboardModel;
import com.mastertrade.metrics.processor.declarations.RunbookModel;
import com.mastertrade.metrics.processor.output.AlertLinks;
import com.mastertrade.metrics.processor.output.ArtifactPaths;
import com.mastertrade.metrics.processor.promql.ResolvedDeclarations;
import com.mastertrade.metrics.processor.slo.BurnRateWindows;
import com.mastertrade.metrics.processor.slo.BurnRateWindows.Severity;
import com.mastertrade.metrics.processor.slo.ResolvedSlo;
import com.mastertrade.metrics.processor.slo.SloAlerts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The runbook pages of every alert: the declared ones from their {@code @Runbook}, each SLO's page
 * and ticket alerts from the SLO's runbook with the SLO's own first checks added.
 */
public final class RunbookPages {
  private final ResolvedDeclarations resolved;
  private final AlertLinks links;
  private final Map<String, String> dashboardTitles = new TreeMap<>();

  public RunbookPages(
      ResolvedDeclarations resolved, AlertLinks links, List<DashboardModel> dashboards) {
    this.resolved = resolved;
    this.links = links;
    dashboards.forEach(d -> dashboardTitles.put(d.uid(), d.title()));
  }

  public List<RunbookPage> of(List<AlertGroupModel> groups, List<ResolvedSlo> slos, String sloUid) {
    List<RunbookPage> pages = new ArrayList<>();
    for (AlertGroupModel group : groups) {
      for (AlertModel alert : group.alerts()) {
        pages.add(declared(group, alert));
      }
    }
    for (ResolvedSlo slo : slos) {
      for (Severity severity : Severity.values()) {
        pages.add(slo(slo, severity, sloUid));
      }
    }
    return pages;
  }

  private RunbookPage declared(AlertGroupModel group, AlertModel alert) {
    String expr = resolved.promql(alert.expr());
    String when =
        MarkdownText.code(expr)
            + " "
            + (alert.pendingFor().equals("0s") ? "holds" : "has held for " + alert.pendingFor());
    return new RunbookPage(
        alert.name(),
        alert.severity(),
        ArtifactPaths.ruleFile(group.name()),
        when,
        alert.summary(),
        alert.description(),
        alert.runbook().meaning(),
        alert.runbook().causes(),
        checks(alert.runbook()),
        dashboards(alert.runbook().dashboards(), List.of()),
        List.of("severity=" + alert.severity()));
  }

  private RunbookPage slo(ResolvedSlo slo, Severity severity, String sloUid) {
    List<RunbookPage.Check> checks = new ArrayList<>();
    String budget = slo.budget().stripTrailingZeros().toPlainString();
    checks.add(
        new RunbookPage.Check(
            "Share of the " + slo.slo().window() + " error budget left",
            BurnRateWindows.BUDGET_REMAINING + "{slo=\"" + slo.name() + "\"}"));
    for (String window : List.of("5m", "1h", "6h", "1d", "3d")) {
      checks.add(
          new RunbookPage.Check(
              "Burn rate over " + window + " (1 spends the budget in exactly its window)",
              BurnRateWindows.record(window) + "{slo=\"" + slo.name() + "\"} / " + budget));
    }
    checks.addAll(checks(slo.slo().runbook()));
    return new RunbookPage(
        SloAlerts.name(slo, severity),
        severity.label(),
        ArtifactPaths.ruleFile(ArtifactPaths.SLO_RULES),
        MarkdownText.code(SloAlerts.expr(slo, severity)) + " holds",
        SloAlerts.summary(slo, severity),
        SloAlerts.description(slo, severity),
        slo.slo().runbook().meaning(),
        slo.slo().runbook().causes(),
        checks,
        dashboards(slo.slo().runbook().dashboards(), List.of(sloUid)),
        List.of("severity=" + severity.label(), "slo=" + slo.name(), "job=" + slo.job()));
  }

  private List<RunbookPage.Check> checks(RunbookModel runbook) {
    return runbook.checks().stream()
        .map(c -> new RunbookPage.Check(c.description(), resolved.promql(c.expr())))
        .toList();
  }

  private List<RunbookPage.Link> dashboards(List<String> declared, List<String> first) {
    List<String> uids = new ArrayList<>(first);
    declared.stream().filter(uid -> !uids.contains(uid)).forEach(uids::add);
    return uids.stream()
        .map(
            uid ->
                new RunbookPage.Link(
                    dashboardTitles.getOrDefault(uid, uid), links.dashboardUrl(uid)))
        .toList();
  }
}
