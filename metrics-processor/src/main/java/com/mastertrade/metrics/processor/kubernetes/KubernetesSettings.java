package com.mastertrade.metrics.processor.kubernetes;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Where and how the Kubernetes manifests land, from processor options; every default works with the
 * Prometheus Operator and the Grafana sidecar of the kube-prometheus-stack chart as installed.
 *
 * @param namespace the namespace of every object (default: the schema namespace)
 * @param labels put on every object, e.g. the {@code release} label a Prometheus' rule and monitor
 *     selectors match
 * @param dashboardLabel the label the Grafana sidecar watches ConfigMaps for, with its value
 * @param grafanaFolder the Grafana folder the dashboards go in
 */
public record KubernetesSettings(
    String namespace,
    SortedMap<String, String> labels,
    Map.Entry<String, String> dashboardLabel,
    String grafanaFolder) {

  public static final String NAMESPACE_OPTION = "metrics.kubernetes.namespace";
  public static final String LABELS_OPTION = "metrics.kubernetes.labels";
  public static final String DASHBOARD_LABEL_OPTION = "metrics.kubernetes.dashboardLabel";
  public static final String GRAFANA_FOLDER_OPTION = "metrics.grafana.folder";

  private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");
  private static final Pattern LABEL_KEY =
      Pattern.compile(
          "([a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?");
  private static final Pattern LABEL_VALUE =
      Pattern.compile("([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?");

  public KubernetesSettings {
    labels = new TreeMap<>(labels);
  }

  /**
   * Reads the options, or says which one is wrong and why.
   *
   * @throws IllegalArgumentException naming the option and the rule its value breaks
   */
  public static KubernetesSettings from(Map<String, String> options, String schemaNamespace) {
    String namespace = options.getOrDefault(NAMESPACE_OPTION, defaultNamespace(schemaNamespace));
    require(
        DNS_LABEL.matcher(namespace).matches(), NAMESPACE_OPTION, namespace, "a DNS-1123 label");
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("app.kubernetes.io/part-of", namespace);
    labels.put("app.kubernetes.io/managed-by", "metrics-processor");
    Optional.ofNullable(options.get(LABELS_OPTION))
        .ifPresent(list -> labels.putAll(pairs(LABELS_OPTION, list)));
    Map<String, String> dashboard =
        pairs(
            DASHBOARD_LABEL_OPTION,
            options.getOrDefault(DASHBOARD_LABEL_OPTION, "grafana_dashboard=1"));
    require(dashboard.size() == 1, DASHBOARD_LABEL_OPTION, dashboard.toString(), "one key=value");
    String folder = options.getOrDefault(GRAFANA_FOLDER_OPTION, schemaNamespace);
    require(
        !folder.isBlank() && folder.indexOf('\n') < 0, GRAFANA_FOLDER_OPTION, folder, "one line");
    return new KubernetesSettings(
        namespace, new TreeMap<>(labels), dashboard.entrySet().iterator().next(), folder);
  }

  /**
   * The schema namespace as a DNS-1123 label: any valid metric namespace gives one, so only an
   * option the user wrote can be rejected.
   */
  private static String defaultNamespace(String schemaNamespace) {
    String name = KubernetesNames.of(schemaNamespace);
    return name.isEmpty() ? "metrics" : name;
  }

  /** {@code key=value,key=value}, each a valid Kubernetes label. */
  private static Map<String, String> pairs(String option, String list) {
    Map<String, String> pairs = new LinkedHashMap<>();
    for (String pair : list.split(",", -1)) {
      int equals = pair.indexOf('=');
      require(equals > 0, option, pair, "key=value");
      String key = pair.substring(0, equals).trim();
      String value = pair.substring(equals + 1).trim();
      require(LABEL_KEY.matcher(key).matches(), option, key, "a Kubernetes label key");
      require(LABEL_VALUE.matcher(value).matches(), option, value, "a Kubernetes label value");
      pairs.put(key, value);
    }
    return pairs;
  }

  private static void require(boolean rule, String option, String value, String what) {
    if (!rule) {
      throw new IllegalArgumentException("option " + option + ": '" + value + "' is not " + what);
    }
  }
}
