package com.mastertrade.metrics.processor.resolved;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Where and how one schema's Kubernetes manifests land, from the processor options and the schema;
 * every default works with the Prometheus Operator and the Grafana sidecar of the
 * kube-prometheus-stack chart as installed.
 *
 * @param namespace the namespace of every object (default: the schema namespace)
 * @param labels put on every object, e.g. the {@code release} label a Prometheus' rule and monitor
 *     selectors match
 * @param dashboardLabel the label the Grafana sidecar watches ConfigMaps for, with its value
 * @param grafanaFolder the Grafana folder the dashboards go in
 * @param alertLinks the links of the alerts in the manifests' rules, never to a loopback address
 * @param receivers where the manifests' Alertmanager configuration sends, never to a loopback
 *     address
 */
public record KubernetesSettings(
    String namespace,
    SortedMap<String, String> labels,
    Map.Entry<String, String> dashboardLabel,
    String grafanaFolder,
    AlertLinks alertLinks,
    ReceiverAddresses receivers) {

  public KubernetesSettings {
    labels = new TreeMap<>(labels);
  }
}
