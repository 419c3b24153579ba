package com.mastertrade.metrics.processor.promql.syntax;

import com.mastertrade.metrics.processor.promql.syntax.Expr.Binary;
import com.mastertrade.metrics.processor.promql.syntax.VectorMatching.Cardinality;
import java.util.Optional;

/**
 * Prometheus' rules for a binary operation: {@code bool} only on comparisons and required between
 * scalars, set operators only between instant vectors and many-to-many, vector matching only
 * between instant vectors, no label in both {@code on} and {@code group_left}.
 */
final class BinaryRules {
  private final String input;

  BinaryRules(String input) {
    this.input = input;
  }

  /** {@code b} with its checked operands, or the first rule it breaks. */
  Binary check(Binary b, Expr lhs, Expr rhs) {
    BinaryOperator op = b.op();
    VectorMatching matching = b.matching().orElseThrow();
    int opStart = operatorStart(lhs.end());
    if (b.returnBool() && !op.isComparison()) {
      throw new PromqlSyntaxException(
          PromqlSyntaxException.Kind.TYPE,
          opStart,
          "bool modifier can only be used on comparison operators");
    }
    boolean scalars = lhs.type() == ValueType.SCALAR && rhs.type() == ValueType.SCALAR;
    if (op.isComparison() && !b.returnBool() && scalars) {
      throw new PromqlSyntaxException(
          PromqlSyntaxException.Kind.TYPE,
          opStart,
          "comparisons between scalars must use BOOL modifier");
    }
    if (op.isSet() && matching.cardinality() == Cardinality.ONE_TO_ONE) {
      matching =
          new VectorMatching(
              Cardinality.MANY_TO_MANY, matching.on(), matching.labels(), matching.include());
    }
    if (matching.on()) {
      for (String label : matching.labels()) {
        if (matching.include().contains(label)) {
          throw new PromqlSyntaxException(
              PromqlSyntaxException.Kind.TYPE,
              opStart,
              "label \"" + label + "\" must not occur in ON and GROUP clause at once");
        }
      }
    }
    for (Expr side : new Expr[] {lhs, rhs}) {
      if (side.type() != ValueType.SCALAR && side.type() != ValueType.INSTANT_VECTOR) {
        throw new PromqlSyntaxException(
            PromqlSyntaxException.Kind.TYPE,
            side.start(),
            "binary expression must contain only scalar and instant vector types");
      }
    }
    boolean vectors =
        lhs.type() == ValueType.INSTANT_VECTOR && rhs.type() == ValueType.INSTANT_VECTOR;
    if (!vectors && !matching.labels().isEmpty()) {
      throw new PromqlSyntaxException(
          PromqlSyntaxException.Kind.TYPE,
          b.start(),
          "vector matching only allowed between instant vectors");
    }
    if (vectors && op.isSet() && matching.cardinality() != Cardinality.MANY_TO_MANY) {
      throw new PromqlSyntaxException(
          PromqlSyntaxException.Kind.TYPE,
          b.start(),
          "no grouping allowed for \"" + op.symbol() + "\" operation");
    }
    if (!vectors && op.isSet()) {
      throw new PromqlSyntaxException(
          PromqlSyntaxException.Kind.TYPE,
          b.start(),
          "set operator \"" + op.symbol() + "\" not allowed in binary scalar expression");
    }
    return new Binary(
        op,
        lhs,
        rhs,
        b.returnBool(),
        vectors ? Optional.of(matching) : Optional.empty(),
        b.start(),
        b.end());
  }

  /** Where the operator after an operand starts: past the spaces, as Prometheus finds it. */
  private int operatorStart(int lhsEnd) {
    int pos = lhsEnd;
    while (pos < input.length() && Character.isWhitespace(input.charAt(pos))) {
      pos++;
    }
    return pos;
  }
}
