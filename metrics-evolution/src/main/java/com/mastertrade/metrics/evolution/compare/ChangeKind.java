package com.mastertrade.metrics.evolution.compare;

/**
 * Every kind of difference between a baseline schema and the current one. A breaking change loses
 * or splits the history of series that dashboards, alerts, rules and queries read; a compatible one
 * only adds to it.
 */
public enum ChangeKind {
  METRIC_REMOVED(true, "Metric removed"),
  METRIC_RENAMED(true, "Metric renamed"),
  TYPE_CHANGED(true, "Type changed"),
  UNIT_CHANGED(true, "Unit changed"),
  LABEL_REMOVED(true, "Label removed"),
  LABEL_RENAMED(true, "Label renamed"),
  /** A new label splits every existing series into one per value: the old series end. */
  LABEL_ADDED(true, "Label added (splits series)"),
  LABEL_DOMAIN_CHANGED(true, "Label domain changed"),
  LABEL_VALUE_REMOVED(true, "Label value removed"),
  LABEL_VALUE_CHANGED(true, "Label value changed"),
  LABEL_BOUND_LOWERED(true, "Open label bound lowered"),
  /** Quantiles and rates over buckets lose their continuity across a change of bounds. */
  BUCKETS_CHANGED(true, "Bucket bounds changed"),
  NATIVE_HISTOGRAM_REMOVED(true, "Native histogram removed"),
  QUANTILE_REMOVED(true, "Quantile removed"),
  /** Its series is read by name, like a metric's. */
  RECORDING_RULE_REMOVED(true, "Recording rule removed"),

  METRIC_ADDED(false, "Metric added"),
  METRIC_DEPRECATED(false, "Metric deprecated"),
  HELP_CHANGED(false, "Help changed"),
  LABEL_VALUE_ADDED(false, "Label value added"),
  LABEL_VALUE_DEPRECATED(false, "Label value deprecated"),
  LABEL_BOUND_RAISED(false, "Open label bound raised"),
  NATIVE_HISTOGRAM_ADDED(false, "Native histogram added"),
  QUANTILE_ADDED(false, "Quantile added"),
  RECORDING_RULE_ADDED(false, "Recording rule added"),
  RECORDING_RULE_CHANGED(false, "Recording rule expression changed"),
  DASHBOARD_ADDED(false, "Dashboard added"),
  DASHBOARD_REMOVED(false, "Dashboard removed"),
  PANEL_ADDED(false, "Panel added"),
  PANEL_REMOVED(false, "Panel removed"),
  ALERT_ADDED(false, "Alert added"),
  ALERT_REMOVED(false, "Alert removed"),
  SLO_ADDED(false, "SLO added"),
  SLO_REMOVED(false, "SLO removed"),
  QUERY_ADDED(false, "Query added"),
  QUERY_REMOVED(false, "Query removed");

  private final boolean breaking;
  private final String title;

  ChangeKind(boolean breaking, String title) {
    this.breaking = breaking;
    this.title = title;
  }

  public boolean breaking() {
    return breaking;
  }

  /** For reports: {@code Bucket bounds changed}. */
  public String title() {
    return title;
  }
}
