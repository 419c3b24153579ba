package com.mastertrade.metrics.processor.promql;

import com.mastertrade.metrics.processor.promql.SyntaxFacts.SelectorSite;
import com.mastertrade.metrics.processor.promql.syntax.Expr;
import com.mastertrade.metrics.processor.promql.syntax.Expr.Aggregation;
import com.mastertrade.metrics.processor.promql.syntax.Expr.Binary;
import com.mastertrade.metrics.processor.promql.syntax.Expr.Call;
import com.mastertrade.metrics.processor.promql.syntax.Expr.Paren;
import com.mastertrade.metrics.processor.promql.syntax.Expr.Subquery;
import com.mastertrade.metrics.processor.promql.syntax.Expr.Unary;
import com.mastertrade.metrics.processor.promql.syntax.VectorMatching;
import com.mastertrade.metrics.processor.promql.syntax.VectorMatching.Cardinality;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds every grouping and matching clause of an expression with what the series it applies to can
 * carry: an aggregation's the labels of its operand, {@code on}/{@code ignoring} those of either
 * side, {@code group_left (...)} those of the side it copies them from.
 */
final class Groupings {
  private final ResultLabels results;
  private final List<GroupingUse> uses = new ArrayList<>();

  private Groupings(ResultLabels results) {
    this.results = results;
  }

  static List<GroupingUse> of(Expr expr, ResultLabels results) {
    Groupings groupings = new Groupings(results);
    groupings.walk(expr);
    return List.copyOf(groupings.uses);
  }

  private void walk(Expr expr) {
    if (expr instanceof Aggregation aggregation) {
      aggregation
          .grouping()
          .ifPresent(
              g ->
                  uses.add(
                      new GroupingUse(
                          g.labels(), results.of(aggregation.expr()), series(aggregation.expr()))));
      aggregation.param().ifPresent(this::walk);
      walk(aggregation.expr());
    } else if (expr instanceof Binary binary) {
      binary.matching().ifPresent(m -> matching(binary, m));
      walk(binary.lhs());
      walk(binary.rhs());
    } else if (expr instanceof Call call) {
      call.args().forEach(this::walk);
    } else if (expr instanceof Subquery subquery) {
      walk(subquery.expr());
    } else if (expr instanceof Paren paren) {
      walk(paren.expr());
    } else if (expr instanceof Unary unary) {
      walk(unary.expr());
    }
  }

  private void matching(Binary binary, VectorMatching matching) {
    if (!matching.labels().isEmpty()) {
      LabelSet either = results.of(binary.lhs()).union(results.of(binary.rhs()));
      uses.add(new GroupingUse(matching.labels(), either, series(binary)));
    }
    if (!matching.include().isEmpty()) {
      Expr one = matching.cardinality() == Cardinality.MANY_TO_ONE ? binary.rhs() : binary.lhs();
      uses.add(new GroupingUse(matching.include(), results.of(one), series(one)));
    }
  }

  /** The one series an operand selects, or a description of several. */
  private static String series(Expr expr) {
    Set<String> sources = new LinkedHashSet<>();
    for (SelectorSite site : SyntaxFacts.of(expr).selectors) {
      sources.add(
          site.selector()
              .reference()
              .map(r -> "{" + r.written() + "}")
              .orElse("'" + site.selector().name() + "'"));
    }
    if (sources.isEmpty()) {
      return "the target";
    }
    return sources.size() == 1 ? sources.iterator().next() : "any series it refers to";
  }
}
