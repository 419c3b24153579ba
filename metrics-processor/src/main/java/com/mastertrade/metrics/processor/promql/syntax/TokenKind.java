package com.mastertrade.metrics.processor.promql.syntax;

/** What a {@link Token} is. Keywords are matched case-insensitively, as Prometheus does. */
enum TokenKind {
  IDENTIFIER,
  METRIC_IDENTIFIER,
  NUMBER,
  STRING,
  DURATION,
  /** A {@code {Category.method}} or {@code {Category.method:suffix}} metric reference. */
  REFERENCE,
  /** A Grafana variable: {@code $name}, {@code ${name}} or {@code [[name]]}. */
  VARIABLE,
  LEFT_PAREN,
  RIGHT_PAREN,
  LEFT_BRACE,
  RIGHT_BRACE,
  LEFT_BRACKET,
  RIGHT_BRACKET,
  COMMA,
  COLON,
  AT,
  // Operators.
  ADD,
  SUB,
  MUL,
  DIV,
  MOD,
  POW,
  EQLC,
  NEQ,
  LTE,
  LSS,
  GTE,
  GTR,
  EQL,
  EQL_REGEX,
  NEQ_REGEX,
  LAND,
  LOR,
  LUNLESS,
  ATAN2,
  // Aggregators.
  SUM,
  AVG,
  COUNT,
  MIN,
  MAX,
  GROUP,
  STDDEV,
  STDVAR,
  TOPK,
  BOTTOMK,
  COUNT_VALUES,
  QUANTILE,
  LIMITK,
  LIMIT_RATIO,
  // Keywords.
  OFFSET,
  BY,
  WITHOUT,
  ON,
  IGNORING,
  GROUP_LEFT,
  GROUP_RIGHT,
  BOOL,
  START,
  END,
  EOF;

  boolean isAggregator() {
    return compareTo(SUM) >= 0 && compareTo(LIMIT_RATIO) <= 0;
  }

  boolean isKeyword() {
    return compareTo(OFFSET) >= 0 && compareTo(END) <= 0;
  }

  boolean isOperator() {
    return compareTo(ADD) >= 0 && compareTo(ATAN2) <= 0;
  }
}
