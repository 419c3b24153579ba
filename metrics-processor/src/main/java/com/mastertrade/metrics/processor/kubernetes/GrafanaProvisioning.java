package com.mastertrade.metrics.processor.kubernetes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mastertrade.metrics.processor.model.KubernetesNames;
import com.mastertrade.metrics.processor.output.Serialization;
import com.mastertrade.metrics.processor.resolved.KubernetesSettings;

/**
 * Grafana's file provisioning of dashboards, for installs without Kubernetes: a provider that loads
 * every dashboard JSON of one folder on disk into one Grafana folder, and keeps them as the files
 * say (edits in the UI are not saved over them).
 */
final class GrafanaProvisioning {
  /** Where the provider expects the dashboards; copy {@code dashboards/} there. */
  static String dashboardPath(KubernetesSettings settings) {
    return "/var/lib/grafana/dashboards/" + KubernetesNames.of(settings.namespace());
  }

  private GrafanaProvisioning() {}

  static ObjectNode dashboardProvider(KubernetesSettings settings) {
    ObjectNode file = Serialization.object();
    file.put("apiVersion", 1);
    ObjectNode provider = file.putArray("providers").addObject();
    provider.put("name", KubernetesNames.of(settings.namespace()));
    provider.put("folder", settings.grafanaFolder());
    provider.put("type", "file");
    provider.put("disableDeletion", true);
    provider.put("allowUiUpdates", false);
    provider.put("updateIntervalSeconds", 30);
    provider.putObject("options").put("path", dashboardPath(settings));
    return file;
  }
}
