package com.mastertrade.metrics.processor.docs;

import com.mastertrade.metrics.processor.declarations.AlertGroupModel;
import com.mastertrade.metrics.processor.declarations.AlertGroupModel.AlertModel;
import com.mastertrade.metrics.processor.declarations.AlertingModel;
import com.mastertrade.metrics.processor.declarations.RunbookModel;
import com.mastertrade.metrics.processor.declarations.SloModel;
import com.mastertrade.metrics.processor.output.ArtifactPaths;
import com.mastertrade.metrics.processor.promql.ResolvedDeclarations;
import com.mastertrade.metrics.processor.resolved.AlertLinks;
import com.mastertrade.metrics.processor.resolved.ResolvedSchema;
import com.mastertrade.metrics.processor.resolved.WatchdogAlert;
import com.mastertrade.metrics.processor.slo.BurnRateWindows;
import com.mastertrade.metrics.processor.slo.BurnRateWindows.Severity;
import com.mastertrade.metrics.processor.slo.ResolvedSlo;
import com.mastertrade.metrics.processor.slo.SloAlerts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The runbook pages of every alert: the declared ones from their {@code @Runbook}, each SLO's page
 * and ticket alerts from the SLO's runbook with the SLO's own first checks added, and the
 * Watchdog's, which says what it means when its heartbeat stops.
 */
final class AlertRunbooks {
  private final ResolvedDeclarations resolved;
  private final AlertLinks links;
  private final Map<String, String> dashboardTitles = new TreeMap<>();

  private AlertRunbooks(ResolvedSchema schema) {
    this.resolved = schema.expressions();
    this.links = schema.alertLinks();
    schema.dashboards().forEach(d -> dashboardTitles.put(d.uid(), d.title()));
  }

  /** The declared alerts' pages, then each SLO's page, ticket and absent-SLI alerts'. */
  static List<RunbookPage> of(ResolvedSchema schema) {
    AlertRunbooks runbooks = new AlertRunbooks(schema);
    List<RunbookPage> pages = new ArrayList<>();
    for (AlertGroupModel group : schema.declarations().alertGroups()) {
      for (AlertModel alert : group.alerts()) {
        pages.add(runbooks.declared(group, alert));
      }
    }
    for (ResolvedSlo slo : schema.slos()) {
      for (Severity severity : Severity.values()) {
        pages.add(runbooks.slo(slo, severity, schema.sloDashboardUid()));
      }
      pages.add(runbooks.absent(slo, schema.sloDashboardUid()));
    }
    schema
        .declarations()
        .alerting()
        .filter(AlertingModel::hasWatchdog)
        .ifPresent(alerting -> pages.add(runbooks.watchdog(alerting)));
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
        alert.runbook().mitigations(),
        checks(alert.runbook()),
        dashboards(alert.runbook().dashboards(), List.of()),
        List.of("severity=" + alert.severity()),
        Optional.empty());
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
              "Burn rate over "
                  + window
                  + " (at 1 the budget lasts exactly the "
                  + slo.slo().window()
                  + " compliance window)",
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
        slo.slo().runbook().mitigations(),
        checks,
        dashboards(slo.slo().runbook().dashboards(), List.of(sloUid)),
        List.of("severity=" + severity.label(), "slo=" + slo.name(), "job=" + slo.job()),
        traces(slo));
  }

  /**
   * A latency SLO's pages lead to the slow requests themselves: the traces of its service, which
   * the exemplars of its histogram name too.
   */
  private Optional<RunbookPage.Link> traces(ResolvedSlo slo) {
    if (slo.slo().kind() != SloModel.Kind.LATENCY) {
      return Optional.empty();
    }
    return links
        .traceSearchUrl(slo.job())
        .map(url -> new RunbookPage.Link("Traces of " + slo.job() + " in Zipkin", url));
  }

  private RunbookPage absent(ResolvedSlo slo, String sloUid) {
    List<RunbookPage.Check> checks = new ArrayList<>();
    checks.add(new RunbookPage.Check("Targets of " + slo.job() + " and whether they are up",
        "up{job=\"" + slo.job() + "\"}"));
    checks.add(new RunbookPage.Check("Series of the SLI's metric per instance",
        "count by (instance) ({__name__=~\"" + slo.metricName() + ".*\", job=\"" + slo.job() + "\"})"));
    return new RunbookPage(
        slo.slo().absentAlert(),
        Severity.TICKET.label(),
        ArtifactPaths.ruleFile(ArtifactPaths.SLO_RULES),
        MarkdownText.code(SloAlerts.absentExpr(slo)) + " has held for " + SloAlerts.ABSENT_FOR,
        SloAlerts.absentSummary(slo),
        SloAlerts.absentDescription(slo),
        "Nothing measures SLO " + slo.name() + " now: its budget and burn rates stand still and"
            + " its page cannot fire, however many requests fail.",
        List.of(
            "The job's targets are gone from service discovery or the scrape configuration",
            "The service no longer exposes the metric (renamed, or dropped by relabelling)",
            "For latency: the histogram's buckets changed, so the threshold is no bucket bound"),
        List.of(
            "Bring the job's targets back into the scrape configuration or service discovery",
            "Restore the metric's name and labels, or move the SLO to the new ones"),
        checks,
        dashboards(List.of(), List.of(sloUid)),
        List.of("severity=" + Severity.TICKET.label(), "slo=" + slo.name(), "job=" + slo.job()),
        Optional.empty());
  }

  private RunbookPage watchdog(AlertingModel alerting) {
    return new RunbookPage(
        WatchdogAlert.NAME,
        WatchdogAlert.SEVERITY,
        WatchdogAlert.ruleFile(),
        MarkdownText.code(WatchdogAlert.EXPR) + " holds, that is at every evaluation",
        WatchdogAlert.SUMMARY,
        WatchdogAlert.description(alerting),
        WatchdogAlert.MEANING,
        WatchdogAlert.CAUSES,
        WatchdogAlert.MITIGATIONS,
        WatchdogAlert.CHECKS.stream().map(c -> new RunbookPage.Check(c.get(0), c.get(1))).toList(),
        List.of(),
        List.of("severity=" + WatchdogAlert.SEVERITY),
        Optional.empty());
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
