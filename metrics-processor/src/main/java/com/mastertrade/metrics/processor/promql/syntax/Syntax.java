package com.mastertrade.metrics.processor.promql.syntax;

/**
 * What an expression may contain besides PromQL, and which Prometheus reads it.
 *
 * @param references {@code {Category.method}} metric references, which the processor writes in
 *     place of metric names
 * @param grafanaVariables {@code $name}, {@code ${name}}, {@code [[name]]} where a duration stands;
 *     Grafana replaces them before Prometheus sees the query
 * @param target the Prometheus whose grammar and functions apply
 */
public record Syntax(boolean references, boolean grafanaVariables, PromqlTarget target) {
  /** Plain PromQL, as the default target reads it. */
  public static final Syntax PROMQL = new Syntax(false, false, PromqlTarget.DEFAULT);

  /** A template of an alert, recording rule or example query. */
  public static final Syntax TEMPLATE = new Syntax(true, false, PromqlTarget.DEFAULT);

  /** A template of a dashboard panel. */
  public static final Syntax DASHBOARD_TEMPLATE = new Syntax(true, true, PromqlTarget.DEFAULT);

  /** The same, read by {@code other}. */
  public Syntax on(PromqlTarget other) {
    return new Syntax(references, grafanaVariables, other);
  }

  boolean v3() {
    return target.v3();
  }
}
