package com.mastertrade.metrics.processor.declarations;

import com.mastertrade.metrics.processor.model.Origin;
import java.util.List;

/**
 * The runbook text of an alert or an SLO, as written in its {@code @Runbook}.
 *
 * @param owner what the runbook is for in diagnostics, e.g. {@code alert ServiceDown}
 * @param mitigations what to do to stop the harm, in order; empty if none is declared
 * @param dashboards uids of the dashboards to open, most useful first
 */
public record RunbookModel(
    String owner,
    String meaning,
    List<String> causes,
    List<String> mitigations,
    List<CheckModel> checks,
    List<String> dashboards,
    Origin origin) {

  public RunbookModel {
    causes = List.copyOf(causes);
    mitigations = List.copyOf(mitigations);
    checks = List.copyOf(checks);
    dashboards = List.copyOf(dashboards);
  }

  /** A first check: what it shows, and the PromQL template that shows it. */
  public record CheckModel(String description, ExpressionModel expr) {}
}
