package com.mastertrade.metrics.maven;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The kinds of artifact the metrics processor writes into the class output, by the path each has
 * under {@code metrics/<namespace>/} there, which is also the default folder it is synced to under
 * the project; and the file names of each kind, so that sync removes only files it could have
 * written.
 */
enum ArtifactKind {
  /** The Markdown pages, the PromQL examples and the schema snapshot. */
  DOCS("docs", "generated-docs", ".*\\.(md|promql)|schema-snapshot\\.json"),
  DASHBOARDS("dashboards", "dashboards", ".*\\.json"),
  SCRAPE_CONFIG("scrapeConfig", "alerts", "prometheus\\.yml"),
  RULES("rules", "alerts", ".*\\.(rules|test)\\.yml"),
  KUBERNETES("kubernetes", "deploy/kubernetes", ".*\\.yaml"),
  GRAFANA_PROVISIONING(
      "grafanaProvisioning", "deploy/grafana/provisioning/dashboards", ".*\\.yaml");

  private final String parameter;
  private final String folder;
  private final Pattern fileName;

  ArtifactKind(String parameter, String folder, String fileName) {
    this.parameter = parameter;
    this.folder = folder;
    this.fileName = Pattern.compile(fileName);
  }

  /** The name of the kind in the plugin's configuration and in the processor's option. */
  String parameter() {
    return parameter;
  }

  /** The folder of the kind in the class output, and by default under the project. */
  String folder() {
    return folder;
  }

  /** The kind of a manifest entry, or null for a file of no kind this plugin knows. */
  static ArtifactKind of(String path) {
    int slash = path.lastIndexOf('/');
    String parent = slash < 0 ? "" : path.substring(0, slash);
    String name = path.substring(slash + 1);
    for (ArtifactKind kind : values()) {
      if (parent.startsWith(kind.folder) && kind.fileName.matcher(name).matches()) {
        return kind;
      }
    }
    return null;
  }

  /** Whether a file found in this kind's folder is one the processor could have written. */
  boolean owns(String fileName) {
    return this.fileName.matcher(fileName).matches();
  }

  /** The path of a manifest entry of this kind inside the kind's folder. */
  String pathInFolder(String path) {
    return path.substring(folder.length() + 1);
  }

  static ArtifactKind named(String parameter) {
    for (ArtifactKind kind : values()) {
      if (kind.parameter.equalsIgnoreCase(parameter.trim())) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "unknown artifact kind '"
            + parameter
            + "': use docs, dashboards, rules, scrapeConfig,"
            + " kubernetes or grafanaProvisioning");
  }

  @Override
  public String toString() {
    return parameter.toLowerCase(Locale.ROOT);
  }
}
