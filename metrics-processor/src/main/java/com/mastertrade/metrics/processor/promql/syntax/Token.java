package com.mastertrade.metrics.processor.promql.syntax;

import java.util.Locale;
import java.util.Map;

/**
 * One lexical item of an expression.
 *
 * @param text the characters as written
 * @param value a string literal's contents with its escapes resolved; else {@code text}
 * @param start 0-based offset of its first character in the expression
 * @param end offset just past its last character
 */
record Token(TokenKind kind, String text, String value, int start, int end) {
  Token(TokenKind kind, String text, int start, int end) {
    this(kind, text, text, start, end);
  }

  private static final Map<TokenKind, String> PUNCTUATION =
      Map.ofEntries(
          Map.entry(TokenKind.LEFT_PAREN, "("),
          Map.entry(TokenKind.RIGHT_PAREN, ")"),
          Map.entry(TokenKind.LEFT_BRACE, "{"),
          Map.entry(TokenKind.RIGHT_BRACE, "}"),
          Map.entry(TokenKind.LEFT_BRACKET, "["),
          Map.entry(TokenKind.RIGHT_BRACKET, "]"),
          Map.entry(TokenKind.COMMA, ","),
          Map.entry(TokenKind.COLON, ":"),
          Map.entry(TokenKind.EQL, "="));

  /** As Prometheus describes an unexpected item: {@code identifier "x"}, {@code <op:+>}. */
  String describe() {
    String punctuation = PUNCTUATION.get(kind);
    if (punctuation != null) {
      return "\"" + punctuation + "\"";
    }
    if (kind.isOperator() || kind == TokenKind.AT) {
      return "<op:" + lower() + ">";
    }
    if (kind.isAggregator()) {
      return "<aggr:" + lower() + ">";
    }
    if (kind.isKeyword()) {
      return "<" + lower() + ">";
    }
    return switch (kind) {
      case EOF -> "end of input";
      case IDENTIFIER -> "identifier \"" + text + "\"";
      case METRIC_IDENTIFIER -> "metric identifier \"" + text + "\"";
      case NUMBER -> "number \"" + text + "\"";
      case DURATION -> "duration \"" + text + "\"";
      case REFERENCE -> "metric reference " + text;
      case VARIABLE -> "variable " + text;
      default -> "string " + quoted();
    };
  }

  private String lower() {
    return text.toLowerCase(Locale.ROOT);
  }

  private String quoted() {
    // Go's %q of the first ten bytes, then "..." outside the quotes.
    String shown = text.length() > 10 ? text.substring(0, 10) : text;
    return "\""
        + shown.replace("\\", "\\\\").replace("\"", "\\\"")
        + "\""
        + (text.length() > 10 ? "..." : "");
  }
}
