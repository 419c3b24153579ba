package com.mastertrade.metrics.processor.kubernetes;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mastertrade.metrics.processor.model.KubernetesNames;
import com.mastertrade.metrics.processor.output.Serialization;
import com.mastertrade.metrics.processor.resolved.GrafanaDatasourceSettings.Urls;

/**
 * Grafana's provisioning of the data sources the dashboards read: Prometheus, and, when the
 * schema's metrics carry exemplars, Zipkin, with the Prometheus data source linking each
 * exemplar's {@code trace_id} to that trace in Zipkin. Neither is the organization's default, so
 * the file sits beside the data sources an install already has (kube-prometheus-stack provisions a
 * default Prometheus of its own).
 */
final class GrafanaDatasources {
  /** The exemplar label client_java writes the current span's trace id under. */
  static final String TRACE_ID_LABEL = "trace_id";

  private GrafanaDatasources() {}

  /** The uid of the Prometheus data source, stable so that links and the Explore view keep it. */
  static String prometheusUid(String namespace) {
    return KubernetesNames.of(namespace, "prometheus");
  }

  /** The uid of the Zipkin data source the exemplars link to. */
  static String zipkinUid(String namespace) {
    return KubernetesNames.of(namespace, "zipkin");
  }

  /**
   * The provisioning file of the schema whose namespace is {@code namespace}.
   *
   * @param traces whether to provision Zipkin and link exemplars to it
   */
  static ObjectNode file(String namespace, Urls urls, boolean traces) {
    ObjectNode file = Serialization.object();
    file.put("apiVersion", 1);
    ArrayNode sources = file.putArray("datasources");
    ObjectNode prometheus =
        source(
            sources, namespace + " Prometheus", prometheusUid(namespace), "prometheus",
            urls.prometheus());
    ObjectNode options = prometheus.putObject("jsonData");
    // POST keeps long PromQL (the SLO panels') out of URL length limits.
    options.put("httpMethod", "POST");
    if (traces) {
      ObjectNode destination = options.putArray("exemplarTraceIdDestinations").addObject();
      destination.put("name", TRACE_ID_LABEL);
      destination.put("datasourceUid", zipkinUid(namespace));
      source(sources, namespace + " Zipkin", zipkinUid(namespace), "zipkin", urls.zipkin());
    }
    return file;
  }

  private static ObjectNode source(
      ArrayNode sources, String name, String uid, String type, String url) {
    ObjectNode source = sources.addObject();
    source.put("name", name);
    source.put("uid", uid);
    source.put("type", type);
    // Grafana's server queries them, so the URLs are those it reaches, not the browser's.
    source.put("access", "proxy");
    source.put("url", url);
    source.put("isDefault", false);
    source.put("editable", false);
    return source;
  }
}
