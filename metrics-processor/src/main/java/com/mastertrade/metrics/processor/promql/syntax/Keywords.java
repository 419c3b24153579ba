package com.mastertrade.metrics.processor.promql.syntax;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** PromQL's reserved words, matched case-insensitively: {@code SUM BY (job)} is valid. */
final class Keywords {
  private static final Map<String, TokenKind> WORDS =
      Map.ofEntries(
          Map.entry("and", TokenKind.LAND),
          Map.entry("or", TokenKind.LOR),
          Map.entry("unless", TokenKind.LUNLESS),
          Map.entry("atan2", TokenKind.ATAN2),
          Map.entry("sum", TokenKind.SUM),
          Map.entry("avg", TokenKind.AVG),
          Map.entry("count", TokenKind.COUNT),
          Map.entry("min", TokenKind.MIN),
          Map.entry("max", TokenKind.MAX),
          Map.entry("group", TokenKind.GROUP),
          Map.entry("stddev", TokenKind.STDDEV),
          Map.entry("stdvar", TokenKind.STDVAR),
          Map.entry("topk", TokenKind.TOPK),
          Map.entry("bottomk", TokenKind.BOTTOMK),
          Map.entry("count_values", TokenKind.COUNT_VALUES),
          Map.entry("quantile", TokenKind.QUANTILE),
          Map.entry("offset", TokenKind.OFFSET),
          Map.entry("by", TokenKind.BY),
          Map.entry("without", TokenKind.WITHOUT),
          Map.entry("on", TokenKind.ON),
          Map.entry("ignoring", TokenKind.IGNORING),
          Map.entry("group_left", TokenKind.GROUP_LEFT),
          Map.entry("group_right", TokenKind.GROUP_RIGHT),
          Map.entry("bool", TokenKind.BOOL),
          Map.entry("start", TokenKind.START),
          Map.entry("end", TokenKind.END),
          // The special numbers are words, not digits.
          Map.entry("inf", TokenKind.NUMBER),
          Map.entry("nan", TokenKind.NUMBER));

  /** Aggregations Prometheus 3 added: names of metrics and functions in 2.42. */
  private static final Map<String, TokenKind> WORDS_3 =
      Map.of("limitk", TokenKind.LIMITK, "limit_ratio", TokenKind.LIMIT_RATIO);

  private Keywords() {}

  static Optional<TokenKind> of(String word, PrometheusVersion version) {
    String lower = word.toLowerCase(Locale.ROOT);
    TokenKind kind = WORDS.get(lower);
    if (kind == null && version.v3()) {
      kind = WORDS_3.get(lower);
    }
    return Optional.ofNullable(kind);
  }
}
