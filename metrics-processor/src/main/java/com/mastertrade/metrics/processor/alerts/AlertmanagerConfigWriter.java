package com.mastertrade.metrics.processor.alerts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mastertrade.metrics.processor.declarations.AlertingModel;
import com.mastertrade.metrics.processor.declarations.ScrapeConfigModel;
import com.mastertrade.metrics.processor.declarations.ScrapeConfigModel.TargetModel;
import com.mastertrade.metrics.processor.output.ArtifactPaths;
import com.mastertrade.metrics.processor.output.GeneratedResource;
import com.mastertrade.metrics.processor.output.Serialization;

/**
 * Writes {@code alertmanager.yml}: alerts grouped by name and job, routed by severity to one
 * receiver each, all posting to the receiving service's webhook; a job's service-down alert
 * silences that job's other alerts, and an SLO's page silences its ticket.
 */
public final class AlertmanagerConfigWriter {
  public static final String FILE_NAME = "alertmanager.yml";

  public GeneratedResource write(AlertingModel alerting, ScrapeConfigModel scrape) {
    TargetModel receiver =
        scrape.targets().stream()
            .filter(t -> t.job().equals(alerting.receiverJob()))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("unvalidated receiver job"));
    String url = "http://" + receiver.host() + ":" + receiver.port() + alerting.receiverPath();
    ObjectNode file = Serialization.object();
    file.putObject("global").put("resolve_timeout", "5m");
    ObjectNode route = file.putObject("route");
    route.put("receiver", AlertRoutes.DEFAULT.receiver(alerting.receiverJob()));
    route.putArray("group_by").add("alertname").add("job");
    timing(route, AlertRoutes.DEFAULT);
    ArrayNode routes = route.putArray("routes");
    for (AlertRoutes severity : AlertRoutes.values()) {
      if (severity == AlertRoutes.DEFAULT) {
        continue;
      }
      ObjectNode child = routes.addObject();
      child.put("receiver", severity.receiver(alerting.receiverJob()));
      child.putArray("matchers").add("severity=\"" + severity.severity() + "\"");
      timing(child, severity);
    }
    ArrayNode inhibit = file.putArray("inhibit_rules");
    ObjectNode down = inhibit.addObject();
    down.putArray("source_matchers").add("alertname=\"" + alerting.serviceDownAlert() + "\"");
    down.putArray("target_matchers").add("alertname!=\"" + alerting.serviceDownAlert() + "\"");
    down.putArray("equal").add("job");
    // Only SLO alerts carry slo: without the matchers, alerts without it would all be "equal".
    ObjectNode page = inhibit.addObject();
    page.putArray("source_matchers").add("severity=\"page\"").add("slo=~\".+\"");
    page.putArray("target_matchers").add("severity=\"ticket\"").add("slo=~\".+\"");
    page.putArray("equal").add("slo");
    ArrayNode receivers = file.putArray("receivers");
    for (AlertRoutes severity : AlertRoutes.values()) {
      ObjectNode webhook =
          receivers
              .addObject()
              .put("name", severity.receiver(alerting.receiverJob()))
              .putArray("webhook_configs")
              .addObject();
      webhook.put("url", url);
      webhook.put("send_resolved", true);
      if (!alerting.receiverCredentialsFile().isEmpty()) {
        webhook
            .putObject("http_config")
            .putObject("authorization")
            .put("type", "Bearer")
            .put("credentials_file", alerting.receiverCredentialsFile());
      }
    }
    return new GeneratedResource(ArtifactPaths.ALERTS + "/" + FILE_NAME, Serialization.yaml(file));
  }

  private static void timing(ObjectNode route, AlertRoutes severity) {
    route.put("group_wait", severity.groupWait());
    route.put("group_interval", severity.groupInterval());
    route.put("repeat_interval", severity.repeatInterval());
  }
}
