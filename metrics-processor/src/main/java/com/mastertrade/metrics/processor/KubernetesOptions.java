package com.mastertrade.metrics.processor;

import com.mastertrade.metrics.processor.model.KubernetesNames;
import com.mastertrade.metrics.processor.resolved.AlertLinks;
import com.mastertrade.metrics.processor.resolved.KubernetesSettings;
import com.mastertrade.metrics.processor.resolved.ReceiverAddresses;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The Kubernetes options, checked once per compilation; what a schema does not fix by itself. The
 * namespace and the Grafana folder default to the schema's namespace, so they are completed per
 * schema by {@link #settings}.
 */
record KubernetesOptions(
    Optional<String> namespace,
    Map<String, String> labels,
    Map.Entry<String, String> dashboardLabel,
    Optional<String> grafanaFolder) {

  static final String NAMESPACE = "metrics.kubernetes.namespace";
  static final String LABELS = "metrics.kubernetes.labels";
  static final String DASHBOARD_LABEL = "metrics.kubernetes.dashboardLabel";
  static final String GRAFANA_FOLDER = "metrics.grafana.folder";
  static final List<String> ALL = List.of(NAMESPACE, LABELS, DASHBOARD_LABEL, GRAFANA_FOLDER);

  private static final Map.Entry<String, String> DEFAULT_DASHBOARD_LABEL =
      Map.entry("grafana_dashboard", "1");
  private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");
  private static final Pattern LABEL_KEY =
      Pattern.compile(
          "([a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?");
  private static final Pattern LABEL_VALUE =
      Pattern.compile("([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?");

  KubernetesOptions {
    labels = Map.copyOf(labels);
  }

  /** Reads the options; each wrong value is reported to {@code values} and left at its default. */
  static KubernetesOptions read(OptionValues values) {
    Optional<String> namespace =
        values
            .value(NAMESPACE, "monitoring")
            .filter(name -> check(values, NAMESPACE, name, DNS_LABEL, "a DNS-1123 label"));
    Map<String, String> labels =
        values
            .value(LABELS, "release=kube-prometheus-stack")
            .map(list -> pairs(values, LABELS, list))
            .orElse(Map.of());
    Map.Entry<String, String> dashboardLabel = DEFAULT_DASHBOARD_LABEL;
    Optional<Map<String, String>> dashboard =
        values
            .value(DASHBOARD_LABEL, "grafana_dashboard=1")
            .map(pair -> pairs(values, DASHBOARD_LABEL, pair));
    if (dashboard.isPresent() && dashboard.get().size() == 1) {
      dashboardLabel = dashboard.get().entrySet().iterator().next();
    } else if (dashboard.isPresent()) {
      values.invalid(DASHBOARD_LABEL, values.raw(DASHBOARD_LABEL), "one key=value");
    }
    Optional<String> folder =
        values
            .value(GRAFANA_FOLDER, "Trading")
            .filter(
                name -> {
                  if (name.indexOf('\n') < 0 && name.indexOf('\r') < 0) {
                    return true;
                  }
                  values.invalid(GRAFANA_FOLDER, name, "one line");
                  return false;
                });
    return new KubernetesOptions(namespace, labels, dashboardLabel, folder);
  }

  /**
   * The settings of one schema: the options, and the schema's namespace where none is given.
   *
   * @param receivers where the Alertmanager configuration sends, given the manifests' namespace
   */
  KubernetesSettings settings(
      String schemaNamespace,
      AlertLinks alertLinks,
      Function<String, ReceiverAddresses> receivers) {
    String name = namespace.orElseGet(() -> defaultNamespace(schemaNamespace));
    Map<String, String> all = new LinkedHashMap<>();
    all.put("app.kubernetes.io/part-of", name);
    all.put("app.kubernetes.io/managed-by", "metrics-processor");
    all.putAll(new TreeMap<>(labels));
    return new KubernetesSettings(
        name,
        new TreeMap<>(all),
        dashboardLabel,
        grafanaFolder.orElse(schemaNamespace),
        alertLinks,
        receivers.apply(name));
  }

  /**
   * The schema namespace as a DNS-1123 label: any valid metric namespace gives one, so only an
   * option the user wrote can be rejected.
   */
  private static String defaultNamespace(String schemaNamespace) {
    String name = KubernetesNames.of(schemaNamespace);
    return name.isEmpty() ? "metrics" : name;
  }

  /** {@code key=value,key=value}, each a valid Kubernetes label; the valid pairs. */
  private static Map<String, String> pairs(OptionValues values, String option, String list) {
    Map<String, String> pairs = new LinkedHashMap<>();
    for (String pair : list.split(",", -1)) {
      int equals = pair.indexOf('=');
      if (equals <= 0) {
        values.invalid(option, pair.trim(), "key=value");
        continue;
      }
      String key = pair.substring(0, equals).trim();
      String value = pair.substring(equals + 1).trim();
      if (check(values, option, key, LABEL_KEY, "a Kubernetes label key")
          && check(values, option, value, LABEL_VALUE, "a Kubernetes label value")) {
        pairs.put(key, value);
      }
    }
    return pairs;
  }

  private static boolean check(
      OptionValues values, String option, String part, Pattern rule, String what) {
    if (rule.matcher(part).matches()) {
      return true;
    }
    values.invalid(option, part, what);
    return false;
  }
}
