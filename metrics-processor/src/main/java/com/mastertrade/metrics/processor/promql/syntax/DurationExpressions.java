package com.mastertrade.metrics.processor.promql.syntax;

import java.util.Optional;

/**
 * Ranges, steps and offsets as Prometheus 3 reads them: a number of seconds or a duration,
 * optionally signed, or a Grafana variable. Arithmetic on durations ({@code [5m+1m]}) parses but
 * is an error, as in Prometheus when {@code promql-duration-expr} is off.
 */
final class DurationExpressions {
  private static final double MAX_SECONDS = 0x1p63 / 1e9;

  private final TokenStream tokens;

  DurationExpressions(TokenStream tokens) {
    this.tokens = tokens;
  }

  /** Whether the next token can start a range or a step. */
  boolean atStart() {
    return switch (tokens.peek().kind()) {
      case NUMBER, DURATION, VARIABLE, ADD, SUB, LEFT_PAREN -> true;
      default -> false;
    };
  }

  /** A value in seconds (0 for a variable) and where it stands. */
  private record Parsed(double seconds, PromqlDuration duration) {
    int start() {
      return duration.start();
    }
  }

  /** A range or a step: above 0. */
  PromqlDuration positive() {
    Parsed parsed = expression(1);
    if (parsed.duration().variable().isEmpty() && !(parsed.seconds() > 0)) {
      throw new PromqlSyntaxException(parsed.start(), "duration must be greater than 0");
    }
    return parsed.duration();
  }

  /** After {@code offset}: a signed number or duration, or a variable. */
  PromqlDuration offset() {
    Token sign = tokens.peek();
    boolean signed = sign.kind() == TokenKind.ADD || sign.kind() == TokenKind.SUB;
    TokenKind next = tokens.peek(signed ? 1 : 0).kind();
    if (next == TokenKind.LEFT_PAREN) {
      return expression(1).duration();
    }
    if (next != TokenKind.NUMBER
        && next != TokenKind.DURATION
        && (signed || next != TokenKind.VARIABLE)) {
      throw tokens.unexpected("offset", "number or duration");
    }
    if (signed) {
      tokens.next();
    }
    Parsed value = literal(tokens.next());
    return (signed ? signed(value, sign) : value).duration();
  }

  private Parsed expression(int minPrecedence) {
    Parsed lhs = unary();
    while (true) {
      int precedence = precedence(tokens.peek().kind());
      if (precedence < minPrecedence) {
        return lhs;
      }
      tokens.next();
      expression(precedence == 3 ? precedence : precedence + 1);
      throw notEnabled(lhs.start());
    }
  }

  private Parsed unary() {
    Token token = tokens.peek();
    switch (token.kind()) {
      case ADD, SUB -> {
        tokens.next();
        return signed(expression(3), token);
      }
      case LEFT_PAREN -> {
        tokens.next();
        Parsed inner = expression(1);
        throw notEnabled(inner.start());
      }
      case NUMBER, DURATION, VARIABLE -> {
        return literal(tokens.next());
      }
      default -> throw tokens.unexpected("subquery selector", "number or duration");
    }
  }

  private static int precedence(TokenKind kind) {
    return switch (kind) {
      case ADD, SUB -> 1;
      case MUL, DIV, MOD -> 2;
      case POW -> 3;
      default -> 0;
    };
  }

  private static Parsed literal(Token token) {
    if (token.kind() == TokenKind.VARIABLE) {
      return new Parsed(
          0, new PromqlDuration(0, Optional.of(token.text()), token.start(), token.end()));
    }
    double seconds =
        token.kind() == TokenKind.NUMBER
            ? Literals.number(token)
            : Literals.durationSeconds3(token);
    if (Math.abs(seconds) > MAX_SECONDS) {
      throw new PromqlSyntaxException(token.start(), "duration out of range");
    }
    return new Parsed(
        seconds,
        new PromqlDuration(
            Math.round(seconds * 1000), Optional.empty(), token.start(), token.end()));
  }

  /** {@code -5m} is a literal of its own, starting at the sign. */
  private static Parsed signed(Parsed value, Token sign) {
    PromqlDuration d = value.duration();
    boolean negate = sign.kind() == TokenKind.SUB && d.variable().isEmpty();
    return new Parsed(
        negate ? -value.seconds() : value.seconds(),
        new PromqlDuration(negate ? -d.millis() : d.millis(), d.variable(), sign.start(), d.end()));
  }

  private static PromqlSyntaxException notEnabled(int position) {
    return PromqlSyntaxException.notInTarget(
        position,
        "experimental duration expression is not enabled",
        "arithmetic on durations is experimental in Prometheus 3.5"
            + " (--enable-feature=promql-duration-expr): write the duration it comes to");
  }
}
