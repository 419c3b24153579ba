package com.mastertrade.metrics.processor.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mastertrade.metrics.processor.declarations.ScrapeConfigModel;
import com.mastertrade.metrics.processor.declarations.ScrapeConfigModel.TargetModel;
import com.mastertrade.metrics.processor.output.ArtifactPaths;
import com.mastertrade.metrics.processor.output.GeneratedResource;
import com.mastertrade.metrics.processor.output.Serialization;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Wraps the schema's rule files, scrape jobs, dashboards and Alertmanager routing in the objects
 * the Prometheus Operator and Grafana's sidecar take, so a Kubernetes install applies the same
 * artifacts the single-server stack runs: one source, two shapes.
 *
 * <p>Scrape jobs become {@code ServiceMonitor}s, not {@code PodMonitor}s: every job is a service
 * that other services already reach through its Kubernetes Service, and a ServiceMonitor follows
 * that Service's endpoints and adds the {@code namespace}, {@code service} and {@code pod} target
 * labels. Each monitor sets {@code job} to the scrape job's name, so the rules' {@code
 * up{job="..."}} selectors hold whatever the Service is called.
 */
public final class KubernetesManifestWriter {
  /** The port name the monitored Services give their HTTP port (API and /metrics share it). */
  public static final String PORT_NAME = "http";

  private final KubernetesSettings settings;

  public KubernetesManifestWriter(KubernetesSettings settings) {
    this.settings = settings;
  }

  /**
   * The manifests for the artifacts other writers produced.
   *
   * @param artifacts every file written so far; rule files, dashboards and the Alertmanager
   *     configuration are wrapped, the rest ignored
   */
  public List<GeneratedResource> write(
      Optional<ScrapeConfigModel> scrapeConfig, List<GeneratedResource> artifacts) {
    List<GeneratedResource> files = new ArrayList<>();
    List<ObjectNode> rules = new ArrayList<>();
    List<ObjectNode> dashboards = new ArrayList<>();
    Optional<GeneratedResource> routing = Optional.empty();
    for (GeneratedResource artifact : artifacts) {
      String path = artifact.path();
      if (path.startsWith(ArtifactPaths.ALERTS + "/") && path.endsWith(".rules.yml")) {
        rules.add(prometheusRule(artifact));
      } else if (path.startsWith(ArtifactPaths.DASHBOARDS + "/") && path.endsWith(".json")) {
        dashboards.add(dashboardConfigMap(artifact));
      } else if (path.equals(ArtifactPaths.ALERTS + "/alertmanager.yml")) {
        routing = Optional.of(artifact);
      }
    }
    if (!rules.isEmpty()) {
      files.add(stream("prometheus-rules.yaml", rules));
    }
    scrapeConfig.ifPresent(
        config ->
            files.add(
                stream(
                    "service-monitors.yaml",
                    config.targets().stream().map(t -> serviceMonitor(config, t)).toList())));
    if (!dashboards.isEmpty()) {
      files.add(stream("grafana-dashboards.yaml", dashboards));
      files.add(
          new GeneratedResource(
              ArtifactPaths.GRAFANA_PROVISIONING
                  + "/"
                  + KubernetesNames.of(settings.namespace())
                  + ".yaml",
              Serialization.yaml(GrafanaProvisioning.dashboardProvider(settings))));
    }
    routing.ifPresent(file -> files.add(stream("alertmanager-secret.yaml", List.of(secret(file)))));
    return files;
  }

  private ObjectNode prometheusRule(GeneratedResource ruleFile) {
    String base = fileName(ruleFile).replaceFirst("\\.rules\\.yml$", "");
    ObjectNode rule =
        object("monitoring.coreos.com/v1", "PrometheusRule", KubernetesNames.of(base, "rules"));
    rule.putObject("spec").set("groups", Serialization.readYaml(ruleFile.content()).get("groups"));
    return rule;
  }

  private ObjectNode serviceMonitor(ScrapeConfigModel config, TargetModel target) {
    String name = KubernetesNames.of(target.job());
    ObjectNode monitor = object("monitoring.coreos.com/v1", "ServiceMonitor", name);
    ObjectNode spec = monitor.putObject("spec");
    spec.putObject("selector").putObject("matchLabels").put("app.kubernetes.io/name", name);
    ObjectNode endpoint = spec.putArray("endpoints").addObject();
    endpoint.put("port", PORT_NAME);
    endpoint.put("path", "/metrics");
    endpoint.put("interval", config.scrapeInterval());
    ObjectNode job = endpoint.putArray("relabelings").addObject();
    job.put("action", "replace");
    job.put("targetLabel", "job");
    job.put("replacement", target.job());
    return monitor;
  }

  private ObjectNode dashboardConfigMap(GeneratedResource dashboard) {
    String uid = fileName(dashboard).replaceFirst("\\.json$", "");
    ObjectNode map = object("v1", "ConfigMap", KubernetesNames.of("dashboard", uid));
    ObjectNode metadata = (ObjectNode) map.get("metadata");
    ((ObjectNode) metadata.get("labels"))
        .put(settings.dashboardLabel().getKey(), settings.dashboardLabel().getValue());
    // The folder annotation of the Grafana chart's sidecar (sidecar.dashboards.folderAnnotation).
    metadata.putObject("annotations").put("grafana_folder", settings.grafanaFolder());
    map.putObject("data").put(fileName(dashboard), dashboard.content());
    return map;
  }

  private ObjectNode secret(GeneratedResource routing) {
    // The Operator's Alertmanager takes its whole configuration from a Secret
    // (spec.configSecret); an AlertmanagerConfig would scope every route to its namespace.
    ObjectNode secret =
        object("v1", "Secret", KubernetesNames.of("alertmanager", settings.namespace()));
    secret.put("type", "Opaque");
    secret.putObject("stringData").put("alertmanager.yaml", routing.content());
    return secret;
  }

  private ObjectNode object(String apiVersion, String kind, String name) {
    ObjectNode object = Serialization.object();
    object.put("apiVersion", apiVersion);
    object.put("kind", kind);
    ObjectNode metadata = object.putObject("metadata");
    metadata.put("name", name);
    metadata.put("namespace", settings.namespace());
    ObjectNode labels = metadata.putObject("labels");
    settings.labels().forEach(labels::put);
    return object;
  }

  /** A multi-document YAML file, one object per document, in the order given. */
  private static GeneratedResource stream(String file, List<ObjectNode> objects) {
    StringBuilder yaml = new StringBuilder();
    for (JsonNode object : objects) {
      yaml.append("---\n").append(Serialization.yaml(object));
    }
    return new GeneratedResource(ArtifactPaths.KUBERNETES + "/" + file, yaml.toString());
  }

  private static String fileName(GeneratedResource resource) {
    return resource.path().substring(resource.path().lastIndexOf('/') + 1);
  }
}
