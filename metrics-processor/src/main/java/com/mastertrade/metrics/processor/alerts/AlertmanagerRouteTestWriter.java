package com.mastertrade.metrics.processor.alerts;

import com.mastertrade.metrics.processor.declarations.AlertGroupModel;
import com.mastertrade.metrics.processor.declarations.AlertGroupModel.AlertModel;
import com.mastertrade.metrics.processor.declarations.AlertRouteModel;
import com.mastertrade.metrics.processor.declarations.AlertingModel;
import com.mastertrade.metrics.processor.output.ArtifactPaths;
import com.mastertrade.metrics.processor.output.GeneratedResource;
import com.mastertrade.metrics.processor.resolved.ArtifactWriter;
import com.mastertrade.metrics.processor.resolved.ResolvedSchema;
import com.mastertrade.metrics.processor.resolved.WatchdogAlert;
import com.mastertrade.metrics.processor.slo.BurnRateWindows.Severity;
import com.mastertrade.metrics.processor.slo.ResolvedSlo;
import com.mastertrade.metrics.processor.slo.SloAlerts;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Writes {@code alertmanager.routes.txt}, one {@code amtool config routes test} case per alert: the
 * receivers it must reach, comma-separated, a tab, and the alert's labels. The artifact check runs
 * each.
 */
public final class AlertmanagerRouteTestWriter implements ArtifactWriter {
  public static final String FILE_NAME = "alertmanager.routes.txt";

  /** The cases; nothing without both {@code @Alerting} and a scrape configuration. */
  @Override
  public List<GeneratedResource> write(ResolvedSchema schema) {
    Optional<AlertingModel> alerting = schema.declarations().alerting();
    if (alerting.isEmpty() || schema.declarations().scrapeConfig().isEmpty()) {
      return List.of();
    }
    return List.of(write(alerting.get(), schema.declarations().alertGroups(), schema.slos()));
  }

  private static GeneratedResource write(
      AlertingModel alerting, List<AlertGroupModel> groups, List<ResolvedSlo> slos) {
    StringBuilder cases = new StringBuilder();
    cases.append("# receiver<TAB>labels: amtool config routes test --verify.receivers=<receiver>");
    cases.append(" <labels>\n");
    if (alerting.hasWatchdog()) {
      // Its own receiver only: no severity route, no person.
      cases.append(alerting.watchdogReceiver()).append("\talertname=").append(WatchdogAlert.NAME);
      cases.append(" severity=").append(WatchdogAlert.SEVERITY).append('\n');
    }
    for (AlertGroupModel group : groups) {
      for (AlertModel alert : group.alerts()) {
        line(cases, alerting, alert.name(), alert.severity(), "", "");
      }
    }
    for (ResolvedSlo slo : slos) {
      for (Severity severity : Severity.values()) {
        line(
            cases, alerting, SloAlerts.name(slo, severity), severity.label(), slo.job(), slo.name());
      }
      line(
          cases, alerting, slo.slo().absentAlert(), Severity.TICKET.label(), slo.job(), slo.name());
      // A demoted alert of the SLO's job goes where a ticket of that job goes, whatever its own
      // severity.
      for (String demoted : slo.slo().demotes()) {
        String severity =
            groups.stream()
                .flatMap(g -> g.alerts().stream())
                .filter(a -> a.name().equals(demoted))
                .map(AlertModel::severity)
                .findFirst()
                .orElse("");
        String ticket = Severity.TICKET.label();
        cases.append(String.join(",", receivers(alerting, demoted, ticket, slo.job(), "")));
        cases.append("\talertname=").append(demoted).append(" job=").append(slo.job());
        cases.append(" severity=").append(severity).append('\n');
      }
    }
    return new GeneratedResource(ArtifactPaths.ALERTS + "/" + FILE_NAME, cases.toString());
  }

  /**
   * One case: the receiving job's receiver of the severity, then every declared receiver whose
   * route takes the alert, in the order of the routes. An alert rule's job is not known before it
   * fires, so its case has no job and a route by job does not take it.
   */
  private static void line(
      StringBuilder cases,
      AlertingModel alerting,
      String alert,
      String severity,
      String job,
      String slo) {
    cases.append(String.join(",", receivers(alerting, alert, severity, job, slo)));
    cases.append('\t').append("alertname=").append(alert);
    if (!slo.isEmpty()) {
      cases.append(" slo=").append(slo).append(" job=").append(job);
    }
    cases.append(" severity=").append(severity).append('\n');
  }

  /**
   * The receivers an alert routed as {@code severity} reaches: the receiving job's, then every
   * declared receiver whose route takes it, in the order of the routes.
   */
  private static Set<String> receivers(
      AlertingModel alerting, String alert, String severity, String job, String slo) {
    Set<String> receivers = new LinkedHashSet<>();
    receivers.add(AlertRoutes.of(severity).receiver(alerting.receiverJob()));
    for (AlertRouteModel route : alerting.routes()) {
      if (route.takes(alert, severity, job, slo)) {
        receivers.add(route.receiver());
      }
    }
    return receivers;
  }
}
