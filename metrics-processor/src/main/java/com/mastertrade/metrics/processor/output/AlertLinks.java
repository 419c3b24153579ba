package com.mastertrade.metrics.processor.output;

import com.mastertrade.metrics.processor.declarations.AlertingModel;
import java.util.Optional;

/**
 * The links every alert carries: its runbook page and its first dashboard, absolute when the schema
 * declares {@code @Alerting} base URLs, else relative to the repository and to Grafana.
 */
public final class AlertLinks {
  /** Where the runbook pages are written, under the docs folder. */
  public static final String FOLDER = ArtifactPaths.DOCS + "/runbooks";

  private final String runbookBase;
  private final String dashboardBase;

  public AlertLinks(Optional<AlertingModel> alerting) {
    this.runbookBase = alerting.map(AlertingModel::runbookBaseUrl).orElse(FOLDER + "/");
    this.dashboardBase = alerting.map(AlertingModel::dashboardBaseUrl).orElse("");
  }

  /** The runbook page's file name. */
  public static String fileName(String alert) {
    return alert + ".md";
  }

  public String runbookUrl(String alert) {
    return runbookBase + fileName(alert);
  }

  public String dashboardUrl(String uid) {
    return dashboardBase + "/d/" + uid;
  }
}
