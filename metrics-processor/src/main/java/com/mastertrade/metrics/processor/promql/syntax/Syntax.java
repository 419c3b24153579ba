package com.mastertrade.metrics.processor.promql.syntax;

/**
 * What an expression may contain besides PromQL.
 *
 * @param references {@code {Category.method}} metric references, which the processor writes in
 *     place of metric names
 * @param grafanaVariables {@code $name}, {@code ${name}}, {@code [[name]]} where a duration stands;
 *     Grafana replaces them before Prometheus sees the query
 */
public record Syntax(boolean references, boolean grafanaVariables) {
  /** Plain PromQL, as Prometheus reads it. */
  public static final Syntax PROMQL = new Syntax(false, false);

  /** A template of an alert, recording rule or example query. */
  public static final Syntax TEMPLATE = new Syntax(true, false);

  /** A template of a dashboard panel. */
  public static final Syntax DASHBOARD_TEMPLATE = new Syntax(true, true);
}
