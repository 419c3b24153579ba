package com.mastertrade.metrics.processor.output;

import com.mastertrade.metrics.conventions.ArtifactKind;
import com.mastertrade.metrics.processor.model.SchemaModel;

/**
 * Where a schema's artifacts go in the class output (and so in the jar): {@code
 * metrics/<namespace>/} followed by the folder each one is committed under at the repository root.
 * The folders are the kinds' ({@link ArtifactKind#folder}); the build copies them out of {@code
 * target/classes}, so keep them stable.
 */
public final class ArtifactPaths {
  public static final String DOCS = ArtifactKind.DOCS.folder();
  public static final String DASHBOARDS = ArtifactKind.DASHBOARDS.folder();
  public static final String ALERTS = ArtifactKind.RULES.folder();
  public static final String KUBERNETES = ArtifactKind.KUBERNETES.folder();
  public static final String GRAFANA_PROVISIONING = ArtifactKind.GRAFANA_PROVISIONING.folder();
  public static final String GRAFANA_DATASOURCES = ArtifactKind.GRAFANA_DATASOURCES.folder();

  /** The scrape configuration, next to the rule files it loads by relative path. */
  public static final String SCRAPE_CONFIG = ALERTS + "/prometheus.yml";

  /** The Alertmanager notification templates, beside the configuration in {@link #ALERTS}. */
  public static final String ALERTMANAGER_TEMPLATES = "alertmanager.tmpl";

  private ArtifactPaths() {}

  /** The base name of the rule and test files of the SLOs. */
  public static final String SLO_RULES = "slos";

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
