package com.mastertrade.metrics.processor;

import com.mastertrade.metrics.processor.model.KubernetesNames;
import com.mastertrade.metrics.processor.resolved.GrafanaDatasourceSettings;
import com.mastertrade.metrics.processor.resolved.GrafanaDatasourceSettings.Urls;
import java.util.List;
import java.util.Optional;

/**
 * The URLs of the Grafana data sources, checked once per compilation. Given, an option holds for the
 * file provisioning and the cluster's ConfigMap alike; left out, the file provisioning reaches the
 * local stack on the loopback interface and the ConfigMap the Services {@code prometheus-operated}
 * (the Prometheus Operator's) and {@code zipkin} of the manifests' namespace.
 */
record GrafanaDatasourceOptions(Optional<String> prometheusUrl, Optional<String> zipkinUrl) {
  static final String PROMETHEUS_URL = "metrics.grafana.prometheusUrl";
  static final String ZIPKIN_URL = "metrics.grafana.zipkinUrl";
  static final List<String> ALL = List.of(PROMETHEUS_URL, ZIPKIN_URL);

  /** The stack's Prometheus and Zipkin (scripts/stack-start.sh). */
  static final Urls LOCAL_STACK = new Urls("http://127.0.0.1:9090", "http://127.0.0.1:9411");

  /** Reads the options; each wrong value is reported to {@code values} and left at its default. */
  static GrafanaDatasourceOptions read(OptionValues values) {
    return new GrafanaDatasourceOptions(
        url(values, PROMETHEUS_URL, "http://prometheus:9090"),
        url(values, ZIPKIN_URL, "http://zipkin:9411"));
  }

  private static Optional<String> url(OptionValues values, String name, String example) {
    return values
        .baseUrl(name, example, "a base URL of Grafana's data source")
        .map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
  }

  /** The URLs for the schema whose Kubernetes objects go in {@code kubernetesNamespace}. */
  GrafanaDatasourceSettings settings(String kubernetesNamespace) {
    String services = "." + KubernetesNames.of(kubernetesNamespace) + ".svc";
    Urls cluster =
        new Urls(
            prometheusUrl.orElse("http://prometheus-operated" + services + ":9090"),
            zipkinUrl.orElse("http://zipkin" + services + ":9411"));
    Urls file =
        new Urls(
            prometheusUrl.orElse(LOCAL_STACK.prometheus()),
            zipkinUrl.orElse(LOCAL_STACK.zipkin()));
    return new GrafanaDatasourceSettings(file, cluster);
  }
}
