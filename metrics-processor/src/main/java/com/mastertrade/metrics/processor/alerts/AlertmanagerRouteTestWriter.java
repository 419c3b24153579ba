package com.mastertrade.metrics.processor.alerts;

import com.mastertrade.metrics.processor.artifacts.ArtifactPaths;
import com.mastertrade.metrics.processor.artifacts.GeneratedResource;
import com.mastertrade.metrics.processor.declarations.AlertingModel;
import com.mastertrade.metrics.processor.runbooks.RunbookPage;
import java.util.List;

/**
 * Writes {@code alertmanager.routes.txt}, one {@code amtool config routes test} case per alert: the
 * receiver its severity must reach, a tab, and the alert's labels. The artifact check runs each.
 */
public final class AlertmanagerRouteTestWriter {
  public static final String FILE_NAME = "alertmanager.routes.txt";

  public GeneratedResource write(AlertingModel alerting, List<RunbookPage> alerts) {
    StringBuilder cases = new StringBuilder();
    cases.append("# receiver<TAB>labels: amtool config routes test --verify.receivers=<receiver>");
    cases.append(" <labels>\n");
    for (RunbookPage alert : alerts) {
      cases.append(AlertRoutes.of(alert.severity()).receiver(alerting.receiverJob()));
      cases.append('\t').append("alertname=").append(alert.alert());
      alert.labels().forEach(label -> cases.append(' ').append(label));
      cases.append('\n');
    }
    return new GeneratedResource(ArtifactPaths.ALERTS + "/" + FILE_NAME, cases.toString());
  }
}
