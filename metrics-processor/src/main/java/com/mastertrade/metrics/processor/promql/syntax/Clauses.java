package com.mastertrade.metrics.processor.promql.syntax;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The bracketed lists of PromQL: label names in parentheses, label matchers in braces. */
final class Clauses {
  /**
   * Keywords that still name a label in {@code by (...)}: {@code by (group, on)} is valid, all
   * keywords but {@code without} (Prometheus' grammar leaves it out).
   */
  private static final Set<TokenKind> LABEL_WORDS =
      EnumSet.of(
          TokenKind.IDENTIFIER,
          TokenKind.METRIC_IDENTIFIER,
          TokenKind.LAND,
          TokenKind.LOR,
          TokenKind.LUNLESS,
          TokenKind.ATAN2);

  private final TokenStream tokens;
  private int lastEnd;

  Clauses(TokenStream tokens) {
    this.tokens = tokens;
  }

  /** The end of the last closing parenthesis or brace taken. */
  int lastEnd() {
    return lastEnd;
  }

  boolean acceptClosing(TokenKind kind) {
    if (!tokens.at(kind)) {
      return false;
    }
    lastEnd = tokens.next().end();
    return true;
  }

  /** {@code (a, b)} after {@code by}, {@code without}, {@code on}, {@code group_left}... */
  List<String> labelList() {
    tokens.expect(TokenKind.LEFT_PAREN, "grouping opts", "\"(\"");
    List<String> labels = new ArrayList<>();
    if (acceptClosing(TokenKind.RIGHT_PAREN)) {
      return labels;
    }
    while (true) {
      Token label = tokens.peek();
      if (!isLabelWord(label.kind()) || label.text().indexOf(':') >= 0) {
        throw tokens.unexpected("grouping opts", "label");
      }
      labels.add(tokens.next().text());
      if (tokens.accept(TokenKind.COMMA)) {
        if (acceptClosing(TokenKind.RIGHT_PAREN)) {
          return labels;
        }
      } else if (acceptClosing(TokenKind.RIGHT_PAREN)) {
        return labels;
      } else {
        throw tokens.unexpected("grouping opts", "\",\" or \")\"");
      }
    }
  }

  private static boolean isLabelWord(TokenKind kind) {
    return LABEL_WORDS.contains(kind)
        || (kind.isKeyword() && kind != TokenKind.WITHOUT)
        || kind.isAggregator();
  }

  /** {@code {a="x", b=~"y"}}, a trailing comma allowed. */
  List<LabelMatcher> matchers() {
    tokens.next();
    List<LabelMatcher> matchers = new ArrayList<>();
    if (acceptClosing(TokenKind.RIGHT_BRACE)) {
      return matchers;
    }
    while (true) {
      matchers.add(matcher());
      if (tokens.accept(TokenKind.COMMA)) {
        if (acceptClosing(TokenKind.RIGHT_BRACE)) {
          return matchers;
        }
      } else if (acceptClosing(TokenKind.RIGHT_BRACE)) {
        return matchers;
      } else {
        throw tokens.unexpected("label matching", "\",\" or \"}\"");
      }
    }
  }

  private LabelMatcher matcher() {
    Token name = tokens.expect(TokenKind.IDENTIFIER, "label matching", "identifier or \"}\"");
    LabelMatcher.Op op =
        switch (tokens.peek().kind()) {
          case EQL -> LabelMatcher.Op.EQUAL;
          case NEQ -> LabelMatcher.Op.NOT_EQUAL;
          case EQL_REGEX -> LabelMatcher.Op.REGEX;
          case NEQ_REGEX -> LabelMatcher.Op.NOT_REGEX;
          default -> throw tokens.unexpected("label matching", "label matching operator");
        };
    tokens.next();
    Token value = tokens.expect(TokenKind.STRING, "label matching", "string");
    if (op == LabelMatcher.Op.REGEX || op == LabelMatcher.Op.NOT_REGEX) {
      String error = RegexSyntax.error(value.value());
      if (!error.isEmpty()) {
        throw new PromqlSyntaxException(name.start(), error);
      }
    }
    return new LabelMatcher(name.text(), op, value.value(), name.start(), value.end());
  }
}
