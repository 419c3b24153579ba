package com.mastertrade.metrics.processor.output;

import com.mastertrade.metrics.processor.model.SchemaModel;

/**
 * Where a schema's artifacts go in the class output (and so in the jar): {@code
 * metrics/<namespace>/} followed by the folder each one is committed under at the repository root.
 * The build copies these folders out of {@code target/classes}, so keep them stable.
 */
public final class ArtifactPaths {
  public static final String DOCS = "generated-docs";
  public static final String DASHBOARDS = "dashboards";
  public static final String ALERTS = "alerts";
  public static final String KUBERNETES = "deploy/kubernetes";
  public static final String GRAFANA_PROVISIONING = "deploy/grafana/provisioning/dashboards";

  /** The scrape configuration, next to the rule files it loads by relative path. */
  public static final String SCRAPE_CONFIG = ALERTS + "/prometheus.yml";

  /**
   * The list of files one compilation wrote, one path a line. The Filer never deletes, so a file of
   * a dashboard since removed may linger in an incremental build's class output; the build trusts
   * this list, not the folder.
   */
  public static final String MANIFEST = "artifacts.txt";

  private ArtifactPaths() {}

  /** The rule file of an alert group, relative to the alerts folder. */
  public static String ruleFile(String group) {
    return group + ".rules.yml";
  }

  /** The {@code promtool test rules} file of an alert group, relative to the alerts folder. */
  public static String ruleTestFile(String group) {
    return group + ".test.yml";
  }

  public static String root(SchemaModel schema) {
    return "metrics/" + schema.namespace();
  }
}
