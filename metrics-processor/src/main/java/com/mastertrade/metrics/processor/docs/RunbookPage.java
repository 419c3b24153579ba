package com.mastertrade.metrics.processor.docs;

import java.util.List;
import java.util.Optional;

/**
 * Everything a runbook page says about one alert, resolved: PromQL rendered, dashboards with their
 * titles and links.
 *
 * @param firesWhen when the alert fires, in words with the PromQL in backticks
 * @param labels the labels that route it besides its name, e.g. {@code severity=page}
 * @param traces the search of the service's traces, for an alert on its latency
 */
public record RunbookPage(
    String alert,
    String severity,
    String ruleFile,
    String firesWhen,
    String summary,
    String description,
    String meaning,
    List<String> causes,
    List<String> mitigations,
    List<Check> checks,
    List<Link> dashboards,
    List<String> labels,
    Optional<Link> traces) {

  public RunbookPage {
    causes = List.copyOf(causes);
    mitigations = List.copyOf(mitigations);
    checks = List.copyOf(checks);
    dashboards = List.copyOf(dashboards);
    labels = List.copyOf(labels);
  }

  /** A first check: what it shows, and the PromQL that shows it. */
  public record Check(String description, String promql) {}

  /** A dashboard to open. */
  public record Link(String title, String url) {}
}
