package com.mastertrade.metrics.processor.kubernetes;

import com.mastertrade.metrics.processor.output.GeneratedResource;
import com.mastertrade.metrics.processor.resolved.ArtifactWriter;
import com.mastertrade.metrics.processor.resolved.ResolvedSchema;
import com.mastertrade.metrics.processor.slo.Retention;
import java.util.ArrayList;
import java.util.List;

/**
 * Wraps the schema's rule files, scrape jobs, dashboards, Grafana data sources and Alertmanager
 * routing in the objects the Prometheus Operator and Grafana's sidecar take, so a Kubernetes install applies the same
 * artifacts the single-server stack runs: one source, two shapes.
 *
 * <p>Scrape jobs become {@code ServiceMonitor}s, not {@code PodMonitor}s: every job is a service
 * that other services already reach through its Kubernetes Service, and a ServiceMonitor follows
 * that Service's endpoints and adds the {@code namespace}, {@code service} and {@code pod} target
 * labels. Each monitor sets {@code job} to the scrape job's name, so the rules' {@code
 * up{job="..."}} selectors hold whatever the Service is called.
 */
public final class KubernetesManifestWriter implements ArtifactWriter {
  /** The port name the monitored Services give their HTTP port (API and /metrics share it). */
  public static final String PORT_NAME = "http";

  private final List<ArtifactWriter> wrapped;

  /**
   * @param wrapped the writers whose files the manifests carry: rule files, dashboards and the
   *     Alertmanager configuration are wrapped, other files ignored
   */
  public KubernetesManifestWriter(List<ArtifactWriter> wrapped) {
    this.wrapped = List.copyOf(wrapped);
  }

  @Override
  public List<GeneratedResource> write(ResolvedSchema schema) {
    List<GeneratedResource> artifacts = new ArrayList<>();
    // The rules link as the manifests' settings say: a cluster does not reach the build's loopback.
    ResolvedSchema linked = schema.withAlertLinks(schema.kubernetes().alertLinks());
    wrapped.forEach(writer -> artifacts.addAll(writer.write(linked)));
    String namespace = schema.model().namespace();
    return new Manifests(
            schema.kubernetes(),
            schema.nativeHistogramScraping(),
            schema.hasExemplars(),
            GrafanaDatasources.file(
                namespace, schema.datasources().cluster(), schema.hasExemplars()),
            GrafanaDatasources.file(namespace, schema.datasources().file(), schema.hasExemplars()))
        .write(schema.declarations().scrapeConfig(), artifacts, Retention.days(schema.slos()));
  }
}
