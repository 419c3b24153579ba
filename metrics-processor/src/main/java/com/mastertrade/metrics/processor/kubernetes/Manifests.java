package com.mastertrade.metrics.processor.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mastertrade.metrics.processor.declarations.ScrapeConfigModel;
import com.mastertrade.metrics.processor.declarations.ScrapeConfigModel.TargetModel;
import com.mastertrade.metrics.processor.model.KubernetesNames;
import com.mastertrade.metrics.processor.output.ArtifactPaths;
import com.mastertrade.metrics.processor.output.GeneratedResource;
import com.mastertrade.metrics.processor.output.Serialization;
import com.mastertrade.metrics.processor.resolved.KubernetesSettings;
import com.mastertrade.metrics.processor.resolved.NativeHistogramScraping;
import com.mastertrade.metrics.processor.slo.Retention;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The Kubernetes objects of one schema's artifacts, named and labelled by its settings. */
final class Manifests {
  /** Where the Prometheus Operator mounts the keys of an Alertmanager's configuration Secret. */
  private static final String CONFIG_DIR = "/etc/alertmanager/config/";

  /** Where it mounts each Secret that the Alertmanager's {@code spec.secrets} lists, by name. */
  private static final String SECRETS_DIR = "/etc/alertmanager/secrets/";

  /** The fields of Alertmanager's integrations that name a secret's file. */
  private static final List<String> SECRET_FILES =
      List.of("routing_key_file", "api_url_file", "auth_password_file", "credentials_file");

  /** The label every object of one schema's manifests carries, with the namespace as value. */
  private static final String PART_OF = "app.kubernetes.io/part-of";

  /** The label the Grafana chart's sidecar watches data source ConfigMaps for (its default). */
  static final String DATASOURCE_LABEL = "grafana_datasource";

  private final KubernetesSettings settings;

  private final NativeHistogramScraping scraping;

  /** Whether any metric carries exemplars, which Prometheus keeps only with exemplar storage. */
  private final boolean exemplars;

  private final ObjectNode clusterDatasources;

  private final ObjectNode fileDatasources;

  /**
   * @param clusterDatasources the data source provisioning for a Grafana in the cluster
   * @param fileDatasources that for a Grafana beside the local stack
   */
  Manifests(
      KubernetesSettings settings,
      NativeHistogramScraping scraping,
      boolean exemplars,
      ObjectNode clusterDatasources,
      ObjectNode fileDatasources) {
    this.settings = settings;
    this.scraping = scraping;
    this.exemplars = exemplars;
    this.clusterDatasources = clusterDatasources;
    this.fileDatasources = fileDatasources;
  }

  /**
   * @param retentionDays the days of samples the SLOs need kept, 0 without SLOs
   */
  List<GeneratedResource> write(
      Optional<ScrapeConfigModel> scrapeConfig,
      List<GeneratedResource> artifacts,
      int retentionDays) {
    List<GeneratedResource> files = new ArrayList<>();
    List<ObjectNode> rules = new ArrayList<>();
    List<ObjectNode> dashboards = new ArrayList<>();
    Optional<GeneratedResource> routing = Optional.empty();
    Optional<GeneratedResource> templates = Optional.empty();
    for (GeneratedResource artifact : artifacts) {
      String path = artifact.path();
      if (path.startsWith(ArtifactPaths.ALERTS + "/") && path.endsWith(".rules.yml")) {
        rules.add(prometheusRule(artifact));
      } else if (path.startsWith(ArtifactPaths.DASHBOARDS + "/") && path.endsWith(".json")) {
        dashboards.add(dashboardConfigMap(artifact));
      } else if (path.equals(ArtifactPaths.ALERTS + "/alertmanager.yml")) {
        routing = Optional.of(artifact);
      } else if (path.equals(ArtifactPaths.ALERTS + "/" + ArtifactPaths.ALERTMANAGER_TEMPLATES)) {
        templates = Optional.of(artifact);
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
      // The dashboards read $datasource, so any Prometheus serves them; these are the ones that
      // link exemplars to traces.
      files.add(stream("grafana-datasources.yaml", List.of(datasourceConfigMap())));
      files.add(
          new GeneratedResource(
              ArtifactPaths.GRAFANA_DATASOURCES + "/" + datasourceFile(),
              Serialization.yaml(fileDatasources)));
    }
    if (retentionDays > 0) {
      files.add(stream("prometheus.yaml", List.of(prometheus(retentionDays))));
    }
    Optional<GeneratedResource> notifications = templates;
    routing.ifPresent(
        file ->
            files.add(stream("alertmanager-secret.yaml", List.of(secret(file, notifications)))));
    return files;
  }

  /**
   * Points every secret file at the Secret {@code <namespace>-alertmanager-notifications}, which
   * the Operator mounts under {@code SECRETS_DIR} when the Alertmanager lists it in {@code
   * spec.secrets}: a relative {@code secrets/pagerduty-routing-key} becomes its key {@code
   * secrets-pagerduty-routing-key}. The Secret holds the secrets themselves, so it is not generated.
   */
  private void mountedSecrets(ObjectNode config) {
    String mount = SECRETS_DIR + KubernetesNames.of(settings.namespace(), "alertmanager-notifications") + "/";
    for (JsonNode receiver : config.path("receivers")) {
      receiver.fields().forEachRemaining(integration -> {
        for (JsonNode entry : integration.getValue()) {
          if (!entry.isObject()) {
            continue;
          }
          List<ObjectNode> holders = new ArrayList<>();
          holders.add((ObjectNode) entry);
          if (entry.at("/http_config/authorization").isObject()) {
            holders.add((ObjectNode) entry.at("/http_config/authorization"));
          }
          for (ObjectNode holder : holders) {
            for (String field : SECRET_FILES) {
              String file = holder.path(field).asText("");
              if (!file.isEmpty() && !file.startsWith("/")) {
                holder.put(field, mount + file.replace('/', '-'));
              }
            }
          }
        }
      });
    }
  }

  /**
   * A {@code Prometheus} that keeps what the SLOs' long-window rules read back and loads this
   * schema's rules and monitors (every object carries the {@code part-of} label), with the feature
   * flags the schema's metrics need: exemplar storage for exemplars, and native histograms, which
   * Prometheus 3.5 ingests only with the flag on. With a Prometheus of the chart's own, give that
   * one the same {@code retention} and flags instead.
   */
  private ObjectNode prometheus(int retentionDays) {
    ObjectNode prometheus =
        object("monitoring.coreos.com/v1", "Prometheus", KubernetesNames.of(settings.namespace()));
    ObjectNode spec = prometheus.putObject("spec");
    spec.put("retention", Retention.duration(retentionDays));
    if (exemplars || scraping.ingestsNative()) {
      ArrayNode features = spec.putArray("enableFeatures");
      if (exemplars) {
        features.add("exemplar-storage");
      }
      if (scraping.ingestsNative()) {
        features.add("native-histograms");
      }
    }
    ObjectNode selector = Serialization.object();
    selector
        .putObject("matchLabels")
        .put(PART_OF, settings.labels().get(PART_OF));
    spec.set("ruleSelector", selector.deepCopy());
    spec.set("serviceMonitorSelector", selector);
    return prometheus;
  }

  private ObjectNode prometheusRule(GeneratedResource ruleFile) {
    String base = fileName(ruleFile).replaceFirst("\\.rules\\.yml$", "");
    ObjectNode rule =
        object("monitoring.coreos.com/v1", "PrometheusRule", KubernetesNames.ruleObject(base));
    rule.putObject("spec").set("groups", Serialization.readYaml(ruleFile.content()).get("groups"));
    return rule;
  }

  private ObjectNode serviceMonitor(ScrapeConfigModel config, TargetModel target) {
    String name = KubernetesNames.monitorObject(target.job());
    ObjectNode monitor = object("monitoring.coreos.com/v1", "ServiceMonitor", name);
    ObjectNode spec = monitor.putObject("spec");
    spec.putObject("selector").putObject("matchLabels").put("app.kubernetes.io/name", name);
    ObjectNode endpoint = spec.putArray("endpoints").addObject();
    endpoint.put("port", KubernetesManifestWriter.PORT_NAME);
    endpoint.put("path", target.path());
    if (!target.scheme().equals(ScrapeConfigModel.DEFAULT_SCHEME)) {
      endpoint.put("scheme", target.scheme());
    }
    endpoint.put("interval", config.scrapeInterval());
    // The Operator writes these into the job as scrape_protocols and
    // always_scrape_classic_histograms, as the scrape config does.
    if (scraping.protobufFirst()) {
      ArrayNode protocols = spec.putArray("scrapeProtocols");
      NativeHistogramScraping.PROTOCOLS.forEach(protocols::add);
    }
    if (scraping.keepClassic()) {
      spec.put("scrapeClassicHistograms", true);
    }
    ObjectNode job = endpoint.putArray("relabelings").addObject();
    job.put("action", "replace");
    job.put("targetLabel", "job");
    job.put("replacement", target.job());
    return monitor;
  }

  private ObjectNode dashboardConfigMap(GeneratedResource dashboard) {
    String uid = fileName(dashboard).replaceFirst("\\.json$", "");
    ObjectNode map = object("v1", "ConfigMap", KubernetesNames.dashboardObject(uid));
    ObjectNode metadata = (ObjectNode) map.get("metadata");
    ((ObjectNode) metadata.get("labels"))
        .put(settings.dashboardLabel().getKey(), settings.dashboardLabel().getValue());
    // The folder annotation of the Grafana chart's sidecar (sidecar.dashboards.folderAnnotation).
    metadata.putObject("annotations").put("grafana_folder", settings.grafanaFolder());
    map.putObject("data").put(fileName(dashboard), dashboard.content());
    return map;
  }

  private String datasourceFile() {
    return KubernetesNames.of(settings.namespace()) + ".yaml";
  }

  private ObjectNode datasourceConfigMap() {
    ObjectNode map =
        object("v1", "ConfigMap", KubernetesNames.of(settings.namespace(), "grafana-datasources"));
    ((ObjectNode) map.get("metadata").get("labels")).put(DATASOURCE_LABEL, "1");
    map.putObject("data").put(datasourceFile(), Serialization.yaml(clusterDatasources));
    return map;
  }

  private ObjectNode secret(GeneratedResource routing, Optional<GeneratedResource> templates) {
    // The Operator's Alertmanager takes its whole configuration from a Secret
    // (spec.configSecret); an AlertmanagerConfig would scope every route to its namespace.
    ObjectNode secret =
        object("v1", "Secret", KubernetesNames.of("alertmanager", settings.namespace()));
    secret.put("type", "Opaque");
    ObjectNode data = secret.putObject("stringData");
    if (templates.isEmpty()) {
      data.put("alertmanager.yaml", routing.content());
      return secret;
    }
    // The Operator mounts the Secret's keys in CONFIG_DIR but runs a copy of the configuration
    // from another folder, so the templates are named by their absolute path.
    ObjectNode config = (ObjectNode) Serialization.readYaml(routing.content());
    config.putArray("templates").add(CONFIG_DIR + ArtifactPaths.ALERTMANAGER_TEMPLATES);
    mountedSecrets(config);
    data.put("alertmanager.yaml", Serialization.yaml(config));
    data.put(ArtifactPaths.ALERTMANAGER_TEMPLATES, templates.get().content());
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
