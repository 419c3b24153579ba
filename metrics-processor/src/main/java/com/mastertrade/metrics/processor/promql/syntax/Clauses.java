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
  private final PromqlTarget target;
  private int lastEnd;

  Clauses(TokenStream tokens, PromqlTarget target) {
    this.tokens = tokens;
    this.target = target;
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
      if (label.kind() == TokenKind.STRING) {
        labels.add(quotedLabel(label));
      } else if (!isLabelWord(label.kind())
          || (label.text().indexOf(':') >= 0 && !target.v3())) {
        throw tokens.unexpected("grouping opts", "label");
      } else {
        labels.add(tokens.next().text());
      }
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

  /**
   * {@code "job"} in {@code by (...)}: Prometheus 3 reads any UTF-8 name quoted; 2.42 does not.
   */
  private String quotedLabel(Token label) {
    if (!target.v3()) {
      throw quotedNotInTarget(label, "grouping opts", "label");
    }
    tokens.next();
    String name = label.value();
    if (name.isEmpty()) {
      throw new PromqlSyntaxException(
          label.start(), "invalid label name for grouping: \"" + name + "\"");
    }
    return name;
  }

  private PromqlSyntaxException quotedNotInTarget(
      Token token, String context, String expected) {
    PromqlSyntaxException unexpected = tokens.unexpected(context, expected);
    return PromqlSyntaxException.notInTarget(
        unexpected.position(),
        unexpected.reason(),
        TargetHints.needsVersion(
            "a quoted metric or label name (" + token.text() + ")",
            PrometheusVersion.V3_5,
            target));
  }

  private LabelMatcher matcher() {
    if (tokens.at(TokenKind.STRING)) {
      if (!target.v3()) {
        throw quotedNotInTarget(tokens.peek(), "label matching", "identifier or \"}\"");
      }
      Token quoted = tokens.next();
      if (!isMatchOperator(tokens.peek().kind())) {
        // {"metric.name"} selects by metric name.
        return new LabelMatcher(
            "__name__", LabelMatcher.Op.EQUAL, quoted.value(), quoted.start(), quoted.end());
      }
      return matcherAfter(quoted, quoted.value());
    }
    Token name = tokens.expect(TokenKind.IDENTIFIER, "label matching", "identifier or \"}\"");
    return matcherAfter(name, name.text());
  }

  private static boolean isMatchOperator(TokenKind kind) {
    return kind == TokenKind.EQL
        || kind == TokenKind.NEQ
        || kind == TokenKind.EQL_REGEX
        || kind == TokenKind.NEQ_REGEX;
  }

  private LabelMatcher matcherAfter(Token name, String label) {
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
      String error = RegexSyntax.error(value.value(), target.version());
      if (!error.isEmpty()) {
        throw new PromqlSyntaxException(name.start(), error);
      }
    }
    return new LabelMatcher(label, op, value.value(), name.start(), value.end());
  }
}
