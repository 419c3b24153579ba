package com.mastertrade.metrics.processor.promql.syntax;

import com.mastertrade.metrics.processor.promql.syntax.Expr.Binary;
import com.mastertrade.metrics.processor.promql.syntax.Expr.NumberLiteral;
import com.mastertrade.metrics.processor.promql.syntax.Expr.Paren;
import com.mastertrade.metrics.processor.promql.syntax.Expr.StringLiteral;
import com.mastertrade.metrics.processor.promql.syntax.Expr.Unary;
import com.mastertrade.metrics.processor.promql.syntax.Expr.VectorSelector;
import com.mastertrade.metrics.processor.promql.syntax.VectorMatching.Cardinality;
import java.util.List;
import java.util.Optional;

/**
 * PromQL's grammar as Prometheus 2.42 implements it, by recursive descent with precedence climbing:
 * {@code or} &lt; {@code and unless} &lt; comparisons &lt; {@code + -} &lt; {@code * / % atan2}
 * &lt; unary sign &lt; {@code ^} (right-associative) &lt; {@code offset @ [range]}.
 *
 * <p>Hand-written rather than generated (ANTLR 4 shaded into the processor): the grammar is small,
 * the lexer is stateful (keywords are label names inside braces, a duration must follow {@code [}),
 * the processor's template forms ({@code {Category.method}}, Grafana variables) need their own
 * tokens with columns in the written template, and it keeps the processor free of a shaded runtime
 * and of generated sources in the build.
 */
public final class Parser {
  private final TokenStream tokens;
  private final Modifiers modifiers;
  private final Clauses clauses;
  private final Calls calls;
  private final String input;
  private final boolean v3;

  private Parser(String input, Syntax syntax) {
    this.input = input;
    this.tokens = new TokenStream(new Lexer(input, syntax));
    this.v3 = syntax.v3();
    this.modifiers = new Modifiers(tokens, syntax.target().version());
    this.clauses = new Clauses(tokens, syntax.target());
    this.calls = new Calls(tokens, clauses, () -> binary(1), syntax.target());
  }

  /**
   * The expression's tree, type-checked.
   *
   * @throws PromqlSyntaxException at the first error, as promtool reports it
   */
  public static Expr parse(String expression, Syntax syntax) {
    return new Parser(expression, syntax).parseAll();
  }

  private Expr parseAll() {
    if (tokens.at(TokenKind.EOF)) {
      throw new PromqlSyntaxException(0, "no expression found in input");
    }
    Expr expr = binary(1);
    if (!tokens.at(TokenKind.EOF)) {
      throw tokens.unexpected("", "");
    }
    return new TypeChecker(input).check(expr);
  }

  private Expr binary(int minPrecedence) {
    Expr lhs = unary();
    while (true) {
      Optional<BinaryOperator> found = BinaryOperator.of(tokens.peek().kind());
      if (found.isEmpty() || found.get().precedence() < minPrecedence) {
        return lhs;
      }
      BinaryOperator op = found.get();
      tokens.next();
      boolean returnBool = tokens.accept(TokenKind.BOOL);
      VectorMatching matching = matching();
      Expr rhs = binary(op.rightAssociative() ? op.precedence() : op.precedence() + 1);
      lhs = new Binary(op, lhs, rhs, returnBool, Optional.of(matching), lhs.start(), rhs.end());
    }
  }

  /** {@code on (labels)} or {@code ignoring (labels)}, then {@code group_left/right (labels)}. */
  private VectorMatching matching() {
    if (!tokens.at(TokenKind.ON) && !tokens.at(TokenKind.IGNORING)) {
      return new VectorMatching(Cardinality.ONE_TO_ONE, false, List.of(), List.of());
    }
    boolean on = tokens.next().kind() == TokenKind.ON;
    List<String> labels = clauses.labelList();
    Cardinality cardinality = Cardinality.ONE_TO_ONE;
    List<String> include = List.of();
    if (tokens.at(TokenKind.GROUP_LEFT) || tokens.at(TokenKind.GROUP_RIGHT)) {
      cardinality =
          tokens.next().kind() == TokenKind.GROUP_LEFT
              ? Cardinality.MANY_TO_ONE
              : Cardinality.ONE_TO_MANY;
      if (tokens.at(TokenKind.LEFT_PAREN)) {
        include = clauses.labelList();
      } else if (!startsOperand(tokens.peek().kind())) {
        throw tokens.unexpected("grouping opts", "\"(\"");
      }
    }
    return new VectorMatching(cardinality, on, labels, include);
  }

  /** A sign binds looser than {@code ^} and tighter than {@code *}: {@code -2^2} is -4. */
  private Expr unary() {
    if (!tokens.at(TokenKind.ADD) && !tokens.at(TokenKind.SUB)) {
      return modifiers.apply(primary());
    }
    Token sign = tokens.next();
    boolean negative = sign.kind() == TokenKind.SUB;
    Expr operand = binary(BinaryOperator.HIGHEST_PRECEDENCE);
    if (operand instanceof NumberLiteral number) {
      return new NumberLiteral(
          negative ? -number.value() : number.value(), sign.start(), number.end());
    }
    return new Unary(negative, operand, sign.start(), operand.end());
  }

  private Expr primary() {
    Token token = tokens.peek();
    TokenKind kind = token.kind();
    switch (kind) {
      case NUMBER:
        tokens.next();
        return new NumberLiteral(Literals.number(token), token.start(), token.end());
      case DURATION:
        if (!v3) {
          throw tokens.unexpected("", "");
        }
        // Prometheus 3 reads a duration where a number stands as its seconds.
        tokens.next();
        return new NumberLiteral(Literals.durationSeconds3(token), token.start(), token.end());
      case STRING:
        tokens.next();
        return new StringLiteral(token.value(), token.start(), token.end());
      case LEFT_PAREN:
        tokens.next();
        Expr inner = binary(1);
        Token close = tokens.expect(TokenKind.RIGHT_PAREN, "", "");
        return new Paren(inner, token.start(), close.end());
      case LEFT_BRACE:
        return selector("", Optional.empty(), token.start(), token.end());
      case REFERENCE:
        tokens.next();
        return selector("", Optional.of(Reference.of(token)), token.start(), token.end());
      case IDENTIFIER:
        if (tokens.peek(1).kind() == TokenKind.LEFT_PAREN) {
          return calls.call();
        }
        tokens.next();
        return selector(token.text(), Optional.empty(), token.start(), token.end());
      case VARIABLE:
        throw new PromqlSyntaxException(
            token.start(),
            "unexpected variable "
                + token.text()
                + ": a Grafana variable may stand for a range, a step or an offset, or inside a"
                + " label value");
      default:
        if (kind.isAggregator() && startsAggregation(tokens.peek(1).kind())) {
          return calls.aggregation();
        }
        if (isMetricNameKeyword(kind)) {
          tokens.next();
          return selector(token.text(), Optional.empty(), token.start(), token.end());
        }
        throw tokens.unexpected("", "");
    }
  }

  /** Whether {@code kind} can start an operand (so need not be a label list after group_x). */
  private boolean startsOperand(TokenKind kind) {
    return switch (kind) {
      case NUMBER, STRING, LEFT_BRACE, REFERENCE, IDENTIFIER, ADD, SUB -> true;
      case DURATION -> v3;
      default -> isMetricNameKeyword(kind);
    };
  }

  private static boolean startsAggregation(TokenKind next) {
    return next == TokenKind.LEFT_PAREN || next == TokenKind.BY || next == TokenKind.WITHOUT;
  }

  /** Words PromQL reserves that still name a metric where an expression starts. */
  private static boolean isMetricNameKeyword(TokenKind kind) {
    return kind == TokenKind.METRIC_IDENTIFIER
        || kind.isAggregator()
        || kind == TokenKind.BY
        || kind == TokenKind.WITHOUT
        || kind == TokenKind.OFFSET
        || kind == TokenKind.LAND
        || kind == TokenKind.LOR
        || kind == TokenKind.LUNLESS
        || kind == TokenKind.START
        || kind == TokenKind.END;
  }

  private VectorSelector selector(String name, Optional<Reference> reference, int start, int end) {
    List<LabelMatcher> matchers = List.of();
    if (tokens.at(TokenKind.LEFT_BRACE)) {
      matchers = clauses.matchers();
      end = clauses.lastEnd();
    }
    return new VectorSelector(name, reference, matchers, TimeModifiers.NONE, start, end);
  }
}
