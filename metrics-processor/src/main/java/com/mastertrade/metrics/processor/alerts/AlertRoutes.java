package com.mastertrade.metrics.processor.alerts;

/**
 * The Alertmanager route of each severity: its receiver and how soon and how often it notifies.
 * Pages and critical alerts go out within seconds and repeat hourly; tickets wait to be grouped and
 * repeat daily; warnings in between; anything else (info) takes the default route.
 */
public enum AlertRoutes {
  PAGE("page", "10s", "1m", "1h"),
  CRITICAL("critical", "10s", "1m", "1h"),
  TICKET("ticket", "5m", "30m", "24h"),
  WARNING("warning", "1m", "5m", "4h"),
  DEFAULT("", "1m", "5m", "12h");

  private final String severity;
  private final String groupWait;
  private final String groupInterval;
  private final String repeatInterval;

  AlertRoutes(String severity, String groupWait, String groupInterval, String repeatInterval) {
    this.severity = severity;
    this.groupWait = groupWait;
    this.groupInterval = groupInterval;
    this.repeatInterval = repeatInterval;
  }

  /** The route of an alert of {@code severity}, the default for any other. */
  public static AlertRoutes of(String severity) {
    for (AlertRoutes route : values()) {
      if (route != DEFAULT && route.severity.equals(severity)) {
        return route;
      }
    }
    return DEFAULT;
  }

  public String severity() {
    return severity;
  }

  /** The receiver's name for the receiving job, e.g. {@code alert_system_page}. */
  public String receiver(String job) {
    return job + "_" + (this == DEFAULT ? "default" : severity);
  }

  public String groupWait() {
    return groupWait;
  }

  public String groupInterval() {
    return groupInterval;
  }

  public String repeatInterval() {
    return repeatInterval;
  }
}
