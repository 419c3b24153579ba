package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.processor.promql.syntax.Aggregator;
import com.mastertrade.metrics.processor.promql.syntax.BinaryOperator;
import com.mastertrade.metrics.processor.promql.syntax.Expr;
import com.mastertrade.metrics.processor.promql.syntax.ValueType;
import com.mastertrade.metrics.processor.promql.syntax.VectorMatching;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where the value of one label of an expression's result series comes from: the selectors whose
 * series carry it through unchanged, by Prometheus' evaluation rules. Aggregations keep it when
 * they group by it, {@code and} and {@code unless} keep the left side's, {@code or} either side's,
 * {@code group_left (label)} takes it from the right side; functions keep their vector argument's.
 * Where an operation writes the label itself ({@code label_replace} or {@code label_join} into it,
 * {@code count_values} naming it, {@code absent} from its matchers, {@code info} from the info
 * series) the source is unknown.
 */
final class LabelSources {
  /** Functions that set labels of their result rather than carrying their argument's. */
  private static final Set<String> LABEL_WRITING = Set.of("absent", "absent_over_time", "info");

  /** Aggregations whose result is some of their input series themselves. */
  private static final Set<Aggregator> SELECTING =
      Set.of(Aggregator.TOPK, Aggregator.BOTTOMK, Aggregator.LIMITK, Aggregator.LIMIT_RATIO);

  private final String label;

  private LabelSources(String label) {
    this.label = label;
  }

  /**
   * The selectors whose series may give {@code label} its value in the result of {@code expr}: none
   * when no result series carries it from a series, empty when its source is unknown.
   */
  static Optional<List<Expr.VectorSelector>> of(Expr expr, String label) {
    return new LabelSources(label).sources(expr);
  }

  private Optional<List<Expr.VectorSelector>> sources(Expr expr) {
    if (expr.type() == ValueType.SCALAR || expr.type() == ValueType.STRING) {
      return Optional.of(List.of());
    } else if (expr instanceof Expr.VectorSelector selector) {
      return Optional.of(List.of(selector));
    } else if (expr instanceof Expr.MatrixSelector matrix) {
      return Optional.of(List.of(matrix.selector()));
    } else if (expr instanceof Expr.Subquery subquery) {
      return sources(subquery.expr());
    } else if (expr instanceof Expr.Paren paren) {
      return sources(paren.expr());
    } else if (expr instanceof Expr.Unary unary) {
      return sources(unary.expr());
    } else if (expr instanceof Expr.Aggregation aggregation) {
      return aggregation(aggregation);
    } else if (expr instanceof Expr.Call call) {
      return call(call);
    }
    return binary((Expr.Binary) expr);
  }

  private Optional<List<Expr.VectorSelector>> aggregation(Expr.Aggregation aggregation) {
    if (aggregation.op() == Aggregator.COUNT_VALUES
        && !(aggregation.param().orElse(null) instanceof Expr.StringLiteral target
            && !target.value().equals(label))) {
      return Optional.empty(); // the label holds the counted values
    }
    if (SELECTING.contains(aggregation.op())) {
      return sources(aggregation.expr());
    }
    boolean kept =
        aggregation
            .grouping()
            .map(g -> g.without() != g.labels().contains(label))
            .orElse(false);
    return kept ? sources(aggregation.expr()) : Optional.of(List.of());
  }

  private Optional<List<Expr.VectorSelector>> call(Expr.Call call) {
    String name = call.function().name();
    if (LABEL_WRITING.contains(name)) {
      return Optional.empty();
    }
    if (name.equals("label_replace") || name.equals("label_join")) {
      boolean other =
          call.args().get(1) instanceof Expr.StringLiteral destination
              && !destination.value().equals(label);
      return other ? sources(call.args().get(0)) : Optional.empty();
    }
    return call.args().stream()
        .filter(a -> a.type() == ValueType.INSTANT_VECTOR || a.type() == ValueType.RANGE_VECTOR)
        .findFirst()
        .map(this::sources)
        .orElse(Optional.of(List.of())); // vector(), time() and the calendar functions alone
  }

  private Optional<List<Expr.VectorSelector>> binary(Expr.Binary binary) {
    if (binary.matching().isEmpty()) {
      return sources(binary.lhs().type() == ValueType.SCALAR ? binary.rhs() : binary.lhs());
    }
    VectorMatching matching = binary.matching().get();
    if (binary.op() == BinaryOperator.OR) {
      return union(sources(binary.lhs()), sources(binary.rhs()));
    }
    boolean included = matching.include().contains(label);
    return switch (matching.cardinality()) {
      case MANY_TO_ONE -> sources(included ? binary.rhs() : binary.lhs());
      case ONE_TO_MANY -> sources(included ? binary.lhs() : binary.rhs());
      default -> sources(binary.lhs()); // one-to-one, and, unless: the left side's series
    };
  }

  private static Optional<List<Expr.VectorSelector>> union(
      Optional<List<Expr.VectorSelector>> a, Optional<List<Expr.VectorSelector>> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return Optional.empty();
    }
    List<Expr.VectorSelector> both = new ArrayList<>(a.get());
    both.addAll(b.get());
    return Optional.of(both);
  }
}
