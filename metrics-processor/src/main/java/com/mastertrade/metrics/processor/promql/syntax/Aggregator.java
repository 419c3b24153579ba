package com.mastertrade.metrics.processor.promql.syntax;

import java.util.Locale;
import java.util.Optional;

/** PromQL's aggregation operators; six take a parameter before the vector. */
public enum Aggregator {
  SUM(null),
  AVG(null),
  COUNT(null),
  MIN(null),
  MAX(null),
  GROUP(null),
  STDDEV(null),
  STDVAR(null),
  TOPK(ValueType.SCALAR),
  BOTTOMK(ValueType.SCALAR),
  QUANTILE(ValueType.SCALAR),
  COUNT_VALUES(ValueType.STRING),
  /** Prometheus 3, experimental. */
  LIMITK(ValueType.SCALAR),
  /** Prometheus 3, experimental. */
  LIMIT_RATIO(ValueType.SCALAR);

  private final ValueType paramType;

  Aggregator(ValueType paramType) {
    this.paramType = paramType;
  }

  /** Whether Prometheus runs it only with {@code promql-experimental-functions}. */
  public boolean experimental() {
    return this == LIMITK || this == LIMIT_RATIO;
  }

  /** The type of the parameter, if the operator takes one. */
  public Optional<ValueType> paramType() {
    return Optional.ofNullable(paramType);
  }

  /** As written in PromQL: {@code count_values}. */
  public String keyword() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Aggregator of(TokenKind kind) {
    return valueOf(kind.name());
  }
}
