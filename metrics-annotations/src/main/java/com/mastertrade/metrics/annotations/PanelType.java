package com.mastertrade.metrics.annotations;

/** The Grafana panel kinds dashboards use. */
public enum PanelType {
  TIMESERIES("timeseries"),
  STAT("stat"),
  GAUGE("gauge"),
  TABLE("table"),
  BAR_GAUGE("bargauge");

  private final String grafanaId;

  PanelType(String grafanaId) {
    this.grafanaId = grafanaId;
  }

  /** The panel type as Grafana's JSON writes it. */
  public String grafanaId() {
    return grafanaId;
  }
}
