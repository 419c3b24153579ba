package com.mastertrade.metrics.conventions;

import java.util.List;
import java.util.Locale;

/**
 * The kinds of artifact the metrics processor generates, defined once for the processor, which
 * writes each kind where its option {@code -Ametrics.<parameter>} says and lists the kind of every
 * file in the manifest, and for the Maven plugin, which copies each kind into the folder its
 * parameter {@code <parameter>} names and deletes there only files with the kind's names.
 */
public enum ArtifactKind {
  /** The Markdown inventory and runbooks, the PromQL examples and the schema snapshot. */
  DOCS("docs", "generated-docs", List.of(".md", ".promql"), List.of("schema-snapshot.json")),
  /** The Grafana dashboards. */
  DASHBOARDS("dashboards", "dashboards", List.of(".json"), List.of()),
  /**
   * The Prometheus rule files and their tests, and the Alertmanager routing, its notification
   * templates and its route cases.
   */
  RULES(
      "rules",
      "alerts",
      List.of(".rules.yml", ".test.yml"),
      List.of("alertmanager.yml", "alertmanager.tmpl", "alertmanager.routes.txt")),
  /** The Prometheus scrape configuration, beside the rule files it loads by relative path. */
  SCRAPE_CONFIG("scrapeConfig", "alerts", List.of(), List.of("prometheus.yml")),
  /** The Kubernetes manifests: PrometheusRule, ServiceMonitors, dashboard ConfigMaps, Secret. */
  KUBERNETES("kubernetes", "deploy/kubernetes", List.of(".yaml"), List.of()),
  /** Grafana's file provisioning of the dashboards. */
  GRAFANA_PROVISIONING(
      "grafanaProvisioning", "deploy/grafana/provisioning/dashboards", List.of(".yaml"), List.of()),
  /**
   * Grafana's file provisioning of the data sources the dashboards read: Prometheus, and Zipkin
   * for the traces its exemplars name.
   */
  GRAFANA_DATASOURCES(
      "grafanaDatasources", "deploy/grafana/provisioning/datasources", List.of(".yaml"), List.of());

  private final String parameter;
  private final String folder;
  private final List<String> suffixes;
  private final List<String> fileNames;

  ArtifactKind(String parameter, String folder, List<String> suffixes, List<String> fileNames) {
    this.parameter = parameter;
    this.folder = folder;
    this.suffixes = suffixes;
    this.fileNames = fileNames;
  }

  /** The kind's name in the plugin's configuration, in the manifest and in its option. */
  public String parameter() {
    return parameter;
  }

  /** The processor option ({@code -A<option>=...}) that says where this kind goes. */
  public String option() {
    return "metrics." + parameter;
  }

  /**
   * The kind's folder in the class output, under {@code metrics/<namespace>/}, and by default in
   * the project; the rules and the scrape configuration share {@code alerts}.
   */
  public String folder() {
    return folder;
  }

  /** Whether a file of this name, found in this kind's folder, is one the processor writes. */
  public boolean owns(String fileName) {
    return fileNames.contains(fileName)
        || suffixes.stream()
            .anyMatch(suffix -> fileName.endsWith(suffix) && fileName.length() > suffix.length());
  }

  /**
   * The kind of a generated file by its path under {@code metrics/<namespace>/}, for the processor,
   * which lists it in the manifest: readers take the kind from there.
   *
   * @throws IllegalArgumentException for a file of no kind
   */
  public static ArtifactKind of(String path) {
    int slash = path.lastIndexOf('/');
    String parent = slash < 0 ? "" : path.substring(0, slash);
    String name = path.substring(slash + 1);
    for (ArtifactKind kind : values()) {
      if ((parent.equals(kind.folder) || parent.startsWith(kind.folder + "/")) && kind.owns(name)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("no artifact kind for " + path);
  }

  /** The path of a file of this kind inside the kind's folder. */
  public String pathInFolder(String path) {
    if (!path.startsWith(folder + "/")) {
      throw new IllegalArgumentException(path + " is not in " + folder);
    }
    return path.substring(folder.length() + 1);
  }

  /**
   * The kind of this parameter name, case ignored.
   *
   * @throws IllegalArgumentException naming the kinds there are
   */
  public static ArtifactKind named(String parameter) {
    for (ArtifactKind kind : values()) {
      if (kind.parameter.equalsIgnoreCase(parameter.trim())) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "unknown artifact kind '"
            + parameter
            + "': use docs, dashboards, rules, scrapeConfig, kubernetes, grafanaProvisioning or"
            + " grafanaDatasources");
  }

  /** In words, for messages: {@code scrape config}. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
