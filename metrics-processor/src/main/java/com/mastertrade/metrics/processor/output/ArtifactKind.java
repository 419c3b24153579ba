package com.mastertrade.metrics.processor.output;

import java.util.Locale;

/**
 * The kinds of artifact whose destination a consumer chooses, each by its own processor option, and
 * which generated files belong to each.
 */
public enum ArtifactKind {
  /** The Markdown inventory and the PromQL examples. */
  DOCS("metrics.docs", ArtifactPaths.DOCS + "/"),
  /** The Grafana dashboards. */
  DASHBOARDS("metrics.dashboards", ArtifactPaths.DASHBOARDS + "/"),
  /** The Prometheus rule files and their {@code promtool test rules} files. */
  RULES("metrics.rules", ArtifactPaths.ALERTS + "/"),
  /** The Prometheus scrape configuration. */
  SCRAPE_CONFIG("metrics.scrapeConfig", ArtifactPaths.SCRAPE_CONFIG),
  /** The Kubernetes manifests: PrometheusRule, ServiceMonitors, dashboard ConfigMaps. */
  KUBERNETES("metrics.kubernetes", ArtifactPaths.KUBERNETES + "/"),
  /** Grafana's file provisioning of the dashboards. */
  GRAFANA_PROVISIONING("metrics.grafanaProvisioning", ArtifactPaths.GRAFANA_PROVISIONING + "/");

  private final String option;
  private final String pathPrefix;

  ArtifactKind(String option, String pathPrefix) {
    this.option = option;
    this.pathPrefix = pathPrefix;
  }

  /** The processor option ({@code -A<option>=...}) that says where this kind goes. */
  public String option() {
    return option;
  }

  /** The kind of a generated file, by its path relative to {@link ArtifactPaths#root}. */
  public static ArtifactKind of(String path) {
    if (path.equals(SCRAPE_CONFIG.pathPrefix)) {
      return SCRAPE_CONFIG;
    }
    for (ArtifactKind kind : values()) {
      if (kind != SCRAPE_CONFIG && path.startsWith(kind.pathPrefix)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("no artifact kind for " + path);
  }

  /**
   * The path of a file of this kind inside a folder chosen for the kind: without the folder it has
   * in the class output ({@code dashboards/trading.json} becomes {@code trading.json}).
   */
  public String pathInFolder(String path) {
    return this == SCRAPE_CONFIG
        ? path.substring(path.lastIndexOf('/') + 1)
        : path.substring(pathPrefix.length());
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
