package com.mastertrade.metrics.processor.resolved;

/**
 * Where Grafana reaches Prometheus and Zipkin, in the two places its data sources are provisioned:
 * a Grafana beside the local stack, which reaches both on the loopback interface unless the options
 * say otherwise, and a Grafana in the cluster, which reaches them through their Services.
 *
 * @param file the URLs of the file provisioning ({@code deploy/grafana/provisioning/datasources})
 * @param cluster the URLs of the data source ConfigMap for Grafana's sidecar
 */
public record GrafanaDatasourceSettings(Urls file, Urls cluster) {
  /** Prometheus' and Zipkin's base URLs as Grafana's server reaches them. */
  public record Urls(String prometheus, String zipkin) {}
}
