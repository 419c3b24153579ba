package com.mastertrade.metrics.processor.resolved;

import com.mastertrade.metrics.processor.declarations.AlertingModel;
import com.mastertrade.metrics.processor.output.ArtifactPaths;
import java.util.List;

/**
 * The always-firing alert that proves the alerting path works end to end (kube-prometheus' dead
 * man's switch): Prometheus evaluates it, Alertmanager sends it once a minute to a switch outside
 * the system, and the switch raises its own alarm when the heartbeat stops.
 */
public final class WatchdogAlert {
  public static final String NAME = AlertingModel.WATCHDOG_ALERT;

  /** True at every evaluation, whatever is scraped. */
  public static final String EXPR = "vector(1)";

  /** A severity no route of a person takes: the Watchdog has a route of its own. */
  public static final String SEVERITY = "none";

  /** The base name of its rule and test files, and its rule group. */
  public static final String GROUP = "watchdog";

  public static final String SUMMARY = "Alerting works: the Watchdog fires at every evaluation";

  /** Heartbeat timing: the first within seconds, then one every group interval. */
  public static final String GROUP_WAIT = "10s";

  public static final String GROUP_INTERVAL = "1m";

  /**
   * Just under the group interval: Alertmanager checks the repeat at each group interval, against
   * the time the last notification was logged, a moment after that interval began; an equal
   * repeat interval would send one every second interval.
   */
  public static final String REPEAT_INTERVAL = "50s";

  private WatchdogAlert() {}

  public static String description(AlertingModel alerting) {
    return "This alert always fires. Alertmanager sends it only to the dead man's switch '"
        + alerting.watchdogReceiver()
        + "' once a minute; the switch alarms when it stops arriving, which means Prometheus,"
        + " Alertmanager or the path between them is down.";
  }

  public static String ruleFile() {
    return ArtifactPaths.ruleFile(GROUP);
  }

  public static String testFile() {
    return ArtifactPaths.ruleTestFile(GROUP);
  }

  /** What it means when the heartbeat stops, for the runbook page. */
  public static final String MEANING =
      "The Watchdog firing is normal: it proves that Prometheus evaluates rules and Alertmanager"
          + " notifies. What matters is when the dead man's switch stops receiving it: then no"
          + " alert of the system can reach anyone, and the switch's own alarm is the only one"
          + " that will come. Treat it as a page: until it is fixed, nobody is told about any"
          + " incident.";

  public static final List<String> CAUSES =
      List.of(
          "Prometheus is down, restarting, or its rule evaluation fails (a rule file that no"
              + " longer loads)",
          "Prometheus cannot reach Alertmanager: its alerting configuration, the network or"
              + " TLS between them",
          "Alertmanager is down, or kept its old configuration because the new one does not load",
          "Alertmanager cannot reach the switch: its URL, the network or a proxy");

  public static final List<String> MITIGATIONS =
      List.of(
          "Tell the on-call engineer and the team that alerting is blind, and watch the"
              + " dashboards by hand until it is fixed",
          "Restart whichever of Prometheus and Alertmanager is down; roll back a configuration"
              + " that does not load",
          "Restore the network path from Prometheus to Alertmanager and from Alertmanager to"
              + " the switch");

  /** First checks, on the Prometheus that evaluates the rules. */
  public static final List<List<String>> CHECKS =
      List.of(
          List.of("Whether Prometheus evaluates the Watchdog (1 while it does)",
              "ALERTS{alertname=\"" + NAME + "\", alertstate=\"firing\"}"),
          List.of("Alertmanagers Prometheus sends alerts to (0: none discovered)",
              "prometheus_notifications_alertmanagers_discovered"),
          List.of("Alerts Prometheus failed to send or dropped, per second",
              "rate(prometheus_notifications_errors_total[5m])"
                  + " + rate(prometheus_notifications_dropped_total[5m])"),
          List.of("Rule groups whose last evaluation failed",
              "rate(prometheus_rule_evaluation_failures_total[5m]) > 0"));
}
