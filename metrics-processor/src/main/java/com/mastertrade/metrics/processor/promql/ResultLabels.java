package com.mastertrade.metrics.processor.promql;

import com.mastertrade.metrics.processor.promql.syntax.Aggregator;
import com.mastertrade.metrics.processor.promql.syntax.Expr;
import com.mastertrade.metrics.processor.promql.syntax.Expr.Aggregation;
import com.mastertrade.metrics.processor.promql.syntax.Expr.Binary;
import com.mastertrade.metrics.processor.promql.syntax.Expr.Call;
import com.mastertrade.metrics.processor.promql.syntax.Expr.MatrixSelector;
import com.mastertrade.metrics.processor.promql.syntax.Expr.Paren;
import com.mastertrade.metrics.processor.promql.syntax.Expr.StringLiteral;
import com.mastertrade.metrics.processor.promql.syntax.Expr.Subquery;
import com.mastertrade.metrics.processor.promql.syntax.Expr.Unary;
import com.mastertrade.metrics.processor.promql.syntax.Expr.VectorSelector;
import com.mastertrade.metrics.processor.promql.syntax.Grouping;
import com.mastertrade.metrics.processor.promql.syntax.LabelMatcher;
import com.mastertrade.metrics.processor.promql.syntax.ValueType;
import com.mastertrade.metrics.processor.promql.syntax.VectorMatching;
import java.util.List;
import java.util.function.Function;

/**
 * The labels an expression's result series can carry, by Prometheus' evaluation rules: {@code by}
 * keeps its labels, {@code without} removes its own, {@code label_replace} adds one, a one-to-one
 * match {@code on (...)} keeps the matching labels, {@code group_left (...)} adds the included
 * ones, {@code histogram_quantile} drops {@code le}.
 */
final class ResultLabels {
  private final Function<VectorSelector, LabelSet> selectorLabels;

  /** {@code selectorLabels}: the labels the series a selector selects carry. */
  ResultLabels(Function<VectorSelector, LabelSet> selectorLabels) {
    this.selectorLabels = selectorLabels;
  }

  LabelSet of(Expr expr) {
    if (expr.type() == ValueType.SCALAR || expr.type() == ValueType.STRING) {
      return LabelSet.NONE;
    }
    if (expr instanceof VectorSelector selector) {
      return selectorLabels.apply(selector);
    }
    if (expr instanceof MatrixSelector matrix) {
      return selectorLabels.apply(matrix.selector());
    }
    if (expr instanceof Subquery subquery) {
      return of(subquery.expr());
    }
    if (expr instanceof Paren paren) {
      return of(paren.expr());
    }
    if (expr instanceof Unary unary) {
      return of(unary.expr());
    }
    if (expr instanceof Aggregation aggregation) {
      return aggregation(aggregation);
    }
    if (expr instanceof Call call) {
      return call(call);
    }
    return binary((Binary) expr);
  }

  private LabelSet aggregation(Aggregation aggregation) {
    LabelSet input = of(aggregation.expr());
    Aggregator op = aggregation.op();
    if (op == Aggregator.TOPK || op == Aggregator.BOTTOMK) {
      return input; // the selected series themselves
    }
    LabelSet grouped = aggregation.grouping().map(g -> grouped(input, g)).orElse(LabelSet.NONE);
    if (op == Aggregator.COUNT_VALUES
        && aggregation.param().orElseThrow() instanceof StringLiteral label) {
      return grouped.plus(List.of(label.value()));
    }
    return grouped;
  }

  private static LabelSet grouped(LabelSet input, Grouping grouping) {
    return grouping.without() ? input.minus(grouping.labels()) : input.retain(grouping.labels());
  }

  private LabelSet call(Call call) {
    List<Expr> args = call.args();
    return switch (call.function().name()) {
      case "label_replace", "label_join" ->
          args.get(1) instanceof StringLiteral destination
              ? of(args.get(0)).plus(List.of(destination.value()))
              : LabelSet.ANY;
      case "histogram_quantile", "histogram_fraction" ->
          of(args.get(args.size() - 1)).minus(List.of("le"));
      case "absent", "absent_over_time" -> absent(args.get(0));
      case "vector" -> LabelSet.NONE;
      default ->
          args.stream()
              .filter(
                  a -> a.type() == ValueType.INSTANT_VECTOR || a.type() == ValueType.RANGE_VECTOR)
              .findFirst()
              .map(this::of)
              .orElse(LabelSet.NONE); // the calendar functions without argument: vector(time())
    };
  }

  /** {@code absent(x{a="b"})} has the labels of its equality matchers, nothing else. */
  private static LabelSet absent(Expr arg) {
    VectorSelector selector =
        arg instanceof MatrixSelector matrix
            ? matrix.selector()
            : arg instanceof VectorSelector vector ? vector : null;
    if (selector == null) {
      return LabelSet.NONE;
    }
    return LabelSet.of(
        selector.matchers().stream()
            .filter(m -> m.op() == LabelMatcher.Op.EQUAL && !m.name().equals("__name__"))
            .map(LabelMatcher::name)
            .toList());
  }

  private LabelSet binary(Binary binary) {
    LabelSet lhs = of(binary.lhs());
    LabelSet rhs = of(binary.rhs());
    if (binary.matching().isEmpty()) {
      return binary.lhs().type() == ValueType.SCALAR ? rhs : lhs; // vector op scalar
    }
    VectorMatching matching = binary.matching().get();
    if (binary.op().isSet()) {
      return binary.op().symbol().equals("or") ? lhs.union(rhs) : lhs;
    }
    return switch (matching.cardinality()) {
      case MANY_TO_ONE -> lhs.plus(matching.include());
      case ONE_TO_MANY -> rhs.plus(matching.include());
      default -> matching.on() ? lhs.retain(matching.labels()) : lhs.minus(matching.labels());
    };
  }
}
