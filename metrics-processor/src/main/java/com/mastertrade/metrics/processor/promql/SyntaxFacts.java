package com.mastertrade.metrics.processor.promql;

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
import com.mastertrade.metrics.processor.promql.syntax.LabelMatcher;
import com.mastertrade.metrics.processor.promql.syntax.PromqlDuration;
import com.mastertrade.metrics.processor.promql.syntax.TimeModifiers;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * What a walk over a parsed expression finds, in the order written: its selectors with the calls
 * around each, its strings and its durations.
 */
final class SyntaxFacts {
  /** A selector and the functions whose calls enclose it, innermost first. */
  record SelectorSite(VectorSelector selector, List<String> enclosingFunctions) {}

  final List<SelectorSite> selectors = new ArrayList<>();

  /** String literals and label matcher values: where Grafana substitutes variables. */
  final List<String> strings = new ArrayList<>();

  final List<PromqlDuration> durations = new ArrayList<>();
  private final Deque<String> calls = new ArrayDeque<>();

  static SyntaxFacts of(Expr expr) {
    SyntaxFacts facts = new SyntaxFacts();
    facts.walk(expr);
    return facts;
  }

  private void walk(Expr expr) {
    if (expr instanceof VectorSelector selector) {
      selector(selector);
    } else if (expr instanceof MatrixSelector matrix) {
      selector(matrix.selector());
      durations.add(matrix.range());
      modifiers(matrix.modifiers());
    } else if (expr instanceof Subquery subquery) {
      walk(subquery.expr());
      durations.add(subquery.range());
      subquery.step().ifPresent(durations::add);
      modifiers(subquery.modifiers());
    } else if (expr instanceof Call call) {
      calls.push(call.function().name());
      call.args().forEach(this::walk);
      calls.pop();
    } else if (expr instanceof Aggregation aggregation) {
      aggregation.param().ifPresent(this::walk);
      walk(aggregation.expr());
    } else if (expr instanceof Binary binary) {
      walk(binary.lhs());
      walk(binary.rhs());
    } else if (expr instanceof Paren paren) {
      walk(paren.expr());
    } else if (expr instanceof Unary unary) {
      walk(unary.expr());
    } else if (expr instanceof StringLiteral string) {
      strings.add(string.value());
    }
  }

  private void selector(VectorSelector selector) {
    selectors.add(new SelectorSite(selector, List.copyOf(calls)));
    for (LabelMatcher matcher : selector.matchers()) {
      strings.add(matcher.value());
    }
    modifiers(selector.modifiers());
  }

  private void modifiers(TimeModifiers modifiers) {
    modifiers.offset().ifPresent(durations::add);
  }
}
