package com.mastertrade.metrics.processor.alerts;

import com.mastertrade.metrics.processor.declarations.AlertGroupModel;
import com.mastertrade.metrics.processor.declarations.AlertGroupModel.AlertModel;
import com.mastertrade.metrics.processor.declarations.AlertingModel;
import com.mastertrade.metrics.processor.output.ArtifactPaths;
import com.mastertrade.metrics.processor.output.GeneratedResource;
import com.mastertrade.metrics.processor.slo.BurnRateWindows.Severity;
import com.mastertrade.metrics.processor.slo.ResolvedSlo;
import com.mastertrade.metrics.processor.slo.SloAlerts;
import java.util.List;

/**
 * Writes {@code alertmanager.routes.txt}, one {@code amtool config routes test} case per alert: the
 * receiver its severity must reach, a tab, and the alert's labels. The artifact check runs each.
 */
public final class AlertmanagerRouteTestWriter {
  public static final String FILE_NAME = "alertmanager.routes.txt";

  public GeneratedResource write(
      AlertingModel alerting, List<AlertGroupModel> groups, List<ResolvedSlo> slos) {
    StringBuilder cases = new StringBuilder();
    cases.append("# receiver<TAB>labels: amtool config routes test --verify.receivers=<receiver>");
    cases.append(" <labels>\n");
    for (AlertGroupModel group : groups) {
      for (AlertModel alert : group.alerts()) {
        line(cases, alerting, alert.severity(), "alertname=" + alert.name());
      }
    }
    for (ResolvedSlo slo : slos) {
      for (Severity severity : Severity.values()) {
        line(
            cases,
            alerting,
            severity.label(),
            "alertname="
                + SloAlerts.name(slo, severity)
                + " slo="
                + slo.name()
                + " job="
                + slo.job());
      }
    }
    return new GeneratedResource(ArtifactPaths.ALERTS + "/" + FILE_NAME, cases.toString());
  }

  private static void line(
      StringBuilder cases, AlertingModel alerting, String severity, String labels) {
    cases.append(AlertRoutes.of(severity).receiver(alerting.receiverJob()));
    cases.append('\t').append(labels).append(" severity=").append(severity).append('\n');
  }
}
