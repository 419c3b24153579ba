package com.mastertrade.metrics.processor.promql.syntax;

import com.mastertrade.metrics.processor.promql.syntax.Expr.MatrixSelector;
import com.mastertrade.metrics.processor.promql.syntax.Expr.Subquery;
import com.mastertrade.metrics.processor.promql.syntax.Expr.VectorSelector;
import com.mastertrade.metrics.processor.promql.syntax.TimeModifiers.At;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * What may follow an operand and binds tighter than any operator: a range {@code [5m]}, a subquery
 * {@code [1h:5m]}, {@code offset 5m} (or {@code -5m}) and {@code @ t}, {@code @ start()}, {@code @
 * end()}.
 */
final class Modifiers {
  private static final String PRECEDED =
      " modifier must be preceded by an instant vector selector or range vector selector or a"
          + " subquery";

  private final TokenStream tokens;
  private final boolean v3;
  private final DurationExpressions durations;

  Modifiers(TokenStream tokens, PrometheusVersion version) {
    this.tokens = tokens;
    this.v3 = version.v3();
    this.durations = new DurationExpressions(tokens);
  }

  Expr apply(Expr expr) {
    while (true) {
      switch (tokens.peek().kind()) {
        case LEFT_BRACKET -> expr = bracket(expr);
        case OFFSET -> expr = offset(expr);
        case AT -> expr = at(expr);
        default -> {
          return expr;
        }
      }
    }
  }

  private Expr bracket(Expr expr) {
    Token open = tokens.next();
    PromqlDuration range;
    if (v3) {
      if (!durations.atStart()) {
        throw tokens.unexpected("subquery selector", "number or duration");
      }
      range = durations.positive();
    } else {
      range = duration(tokens.next(), false);
    }
    if (tokens.accept(TokenKind.COLON)) {
      Optional<PromqlDuration> step = Optional.empty();
      if (v3 && durations.atStart()) {
        step = Optional.of(durations.positive());
      } else if (!v3 && (tokens.at(TokenKind.DURATION) || tokens.at(TokenKind.VARIABLE))) {
        step = Optional.of(duration(tokens.next(), false));
      } else if (!tokens.at(TokenKind.RIGHT_BRACKET)) {
        throw tokens.unexpected(
            "subquery selector", v3 ? "number or duration or \"]\"" : "duration or \"]\"");
      }
      Token close = tokens.expect(TokenKind.RIGHT_BRACKET, "subquery selector", "\"]\"");
      return new Subquery(expr, range, step, TimeModifiers.NONE, expr.start(), close.end());
    }
    Token close = tokens.expect(TokenKind.RIGHT_BRACKET, "subquery or range", "\":\" or \"]\"");
    String error =
        !(expr instanceof VectorSelector selector)
            ? "ranges only allowed for vector selectors"
            : selector.modifiers().offset().isPresent()
                ? "no offset modifiers allowed before range"
                : selector.modifiers().at().isPresent()
                    ? "no @ modifiers allowed before range"
                    : "";
    if (!error.isEmpty()) {
      throw new PromqlSyntaxException(PromqlSyntaxException.Kind.TYPE, open.start(), error);
    }
    return new MatrixSelector(
        (VectorSelector) expr, range, TimeModifiers.NONE, expr.start(), close.end());
  }

  private Expr offset(Expr expr) {
    tokens.next();
    PromqlDuration offset;
    if (v3) {
      offset = durations.offset();
    } else {
      boolean negative = tokens.accept(TokenKind.SUB);
      if (!tokens.at(TokenKind.DURATION) && !tokens.at(TokenKind.VARIABLE)) {
        throw tokens.unexpected("offset", "duration");
      }
      offset = duration(tokens.next(), negative);
    }
    TimeModifiers current = modifiersOf(expr, "offset");
    if (current.offset().isPresent()) {
      throw new PromqlSyntaxException(expr.start(), "offset may not be set multiple times");
    }
    return with(expr, current.withOffset(offset), offset.end());
  }

  private Expr at(Expr expr) {
    tokens.next();
    At at;
    int end;
    if (tokens.at(TokenKind.START) || tokens.at(TokenKind.END)) {
      At.Kind kind = tokens.next().kind() == TokenKind.START ? At.Kind.START : At.Kind.END;
      tokens.expect(TokenKind.LEFT_PAREN, "@", "timestamp");
      end = tokens.expect(TokenKind.RIGHT_PAREN, "@", "timestamp").end();
      at = new At(kind, 0);
    } else {
      boolean negative = tokens.at(TokenKind.SUB);
      boolean signed = negative || tokens.at(TokenKind.ADD);
      TokenKind kind = (signed ? tokens.peek(1) : tokens.peek()).kind();
      if (kind != TokenKind.NUMBER && !(v3 && kind == TokenKind.DURATION)) {
        throw tokens.unexpected("@", "timestamp");
      }
      if (signed) {
        tokens.next();
      }
      Token number = tokens.next();
      double value =
          (kind == TokenKind.NUMBER ? Literals.number(number) : Literals.durationSeconds3(number))
              * (negative ? -1 : 1);
      if (Double.isNaN(value) || value >= 0x1p63 || value <= -0x1p63) {
        throw new PromqlSyntaxException(
            expr.start(),
            "timestamp out of bounds for @ modifier: "
                + (Double.isNaN(value)
                    ? "NaN"
                    : Double.isInfinite(value)
                        ? (value > 0 ? "+Inf" : "-Inf")
                        : new BigDecimal(value)
                            .setScale(6, RoundingMode.HALF_EVEN)
                            .toPlainString()));
      }
      at = new At(At.Kind.TIMESTAMP, value);
      end = number.end();
    }
    TimeModifiers current = modifiersOf(expr, "@");
    if (current.at().isPresent()) {
      throw new PromqlSyntaxException(expr.start(), "@ <timestamp> may not be set multiple times");
    }
    return with(expr, current.withAt(at), end);
  }

  private static TimeModifiers modifiersOf(Expr expr, String modifier) {
    if (expr instanceof VectorSelector selector) {
      return selector.modifiers();
    }
    if (expr instanceof MatrixSelector matrix) {
      return matrix.modifiers();
    }
    if (expr instanceof Subquery subquery) {
      return subquery.modifiers();
    }
    throw new PromqlSyntaxException(
        PromqlSyntaxException.Kind.TYPE, expr.start(), modifier + PRECEDED);
  }

  private static Expr with(Expr expr, TimeModifiers modifiers, int end) {
    if (expr instanceof VectorSelector s) {
      return new VectorSelector(s.name(), s.reference(), s.matchers(), modifiers, s.start(), end);
    }
    if (expr instanceof MatrixSelector m) {
      return new MatrixSelector(m.selector(), m.range(), modifiers, m.start(), end);
    }
    Subquery q = (Subquery) expr;
    return new Subquery(q.expr(), q.range(), q.step(), modifiers, q.start(), end);
  }

  private static PromqlDuration duration(Token token, boolean negative) {
    if (token.kind() == TokenKind.VARIABLE) {
      return new PromqlDuration(0, Optional.of(token.text()), token.start(), token.end());
    }
    long millis = Literals.durationMillis(token);
    return new PromqlDuration(
        negative ? -millis : millis, Optional.empty(), token.start(), token.end());
  }
}
