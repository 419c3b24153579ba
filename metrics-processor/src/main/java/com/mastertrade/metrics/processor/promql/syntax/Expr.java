package com.mastertrade.metrics.processor.promql.syntax;

import java.util.List;
import java.util.Optional;

/**
 * A parsed PromQL expression: an immutable tree whose every node knows the span of the written
 * expression it stands for ({@code [start, end)}, 0-based) and the type it evaluates to.
 */
public sealed interface Expr {
  int start();

  int end();

  ValueType type();

  /** {@code 5}, {@code -1e3}, {@code 0x1f}, {@code Inf}; a leading sign is folded in. */
  record NumberLiteral(double value, int start, int end) implements Expr {
    @Override
    public ValueType type() {
      return ValueType.SCALAR;
    }
  }

  /** {@code "text"}, {@code 'text'} or {@code `text`}, with escapes resolved. */
  record StringLiteral(String value, int start, int end) implements Expr {
    @Override
    public ValueType type() {
      return ValueType.STRING;
    }
  }

  /**
   * {@code name{label="value"}}, {@code {label="value"}} or {@code {Category.method}{...}}.
   *
   * @param name the metric name as written, or empty (a reference or matchers only)
   * @param reference the schema metric the template names in its place, if any
   */
  record VectorSelector(
      String name,
      Optional<Reference> reference,
      List<LabelMatcher> matchers,
      TimeModifiers modifiers,
      int start,
      int end)
      implements Expr {
    public VectorSelector {
      matchers = List.copyOf(matchers);
    }

    @Override
    public ValueType type() {
      return ValueType.INSTANT_VECTOR;
    }
  }

  /** {@code selector[5m]}, with the offset and {@code @} written after the range. */
  record MatrixSelector(
      VectorSelector selector, PromqlDuration range, TimeModifiers modifiers, int start, int end)
      implements Expr {
    @Override
    public ValueType type() {
      return ValueType.RANGE_VECTOR;
    }
  }

  /** {@code expr[1h:5m]}; {@code step} is empty for {@code [1h:]}. */
  record Subquery(
      Expr expr,
      PromqlDuration range,
      Optional<PromqlDuration> step,
      TimeModifiers modifiers,
      int start,
      int end)
      implements Expr {
    @Override
    public ValueType type() {
      return ValueType.RANGE_VECTOR;
    }
  }

  /** {@code rate(x[5m])}. */
  record Call(Function function, List<Expr> args, int start, int end) implements Expr {
    public Call {
      args = List.copyOf(args);
    }

    @Override
    public ValueType type() {
      return function.returnType();
    }
  }

  /** {@code sum by (job) (x)}, {@code topk(5, x)}; {@code param} is the 5. */
  record Aggregation(
      Aggregator op,
      Optional<Expr> param,
      Expr expr,
      Optional<Grouping> grouping,
      int start,
      int end)
      implements Expr {
    @Override
    public ValueType type() {
      return ValueType.INSTANT_VECTOR;
    }
  }

  /**
   * {@code a / on (job) group_left b}; {@code matching} is empty when a side is a scalar, as there
   * is nothing to match.
   */
  record Binary(
      BinaryOperator op,
      Expr lhs,
      Expr rhs,
      boolean returnBool,
      Optional<VectorMatching> matching,
      int start,
      int end)
      implements Expr {
    @Override
    public ValueType type() {
      return lhs.type() == ValueType.SCALAR && rhs.type() == ValueType.SCALAR
          ? ValueType.SCALAR
          : ValueType.INSTANT_VECTOR;
    }
  }

  /** {@code -x}; a sign on a number literal is folded into the literal instead. */
  record Unary(boolean negative, Expr expr, int start, int end) implements Expr {
    @Override
    public ValueType type() {
      return expr.type();
    }
  }

  /** {@code (expr)}. */
  record Paren(Expr expr, int start, int end) implements Expr {
    @Override
    public ValueType type() {
      return expr.type();
    }
  }
}
