package com.mastertrade.metrics.processor.promql.syntax;

/** The type a PromQL expression evaluates to, named as Prometheus' documentation names it. */
public enum ValueType {
  SCALAR("scalar", "scalar"),
  INSTANT_VECTOR("instant vector", "vector"),
  RANGE_VECTOR("range vector", "matrix"),
  STRING("string", "string");

  private final String documented;
  private final String internal;

  ValueType(String documented, String internal) {
    this.documented = documented;
    this.internal = internal;
  }

  /** As some of Prometheus' messages write it, by its internal name: {@code matrix}. */
  public String internal() {
    return internal;
  }

  /** As Prometheus' messages write it: {@code instant vector}. */
  public String documented() {
    return documented;
  }
}
