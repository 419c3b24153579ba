package com.mastertrade.metrics.processor.snapshot;

import com.mastertrade.metrics.processor.model.CategoryModel;
import com.mastertrade.metrics.processor.model.MetricModel;
import com.mastertrade.metrics.processor.promql.syntax.Expr;
import com.mastertrade.metrics.processor.promql.syntax.LabelMatcher;
import com.mastertrade.metrics.processor.promql.syntax.Parser;
import com.mastertrade.metrics.processor.promql.syntax.Syntax;
import com.mastertrade.metrics.processor.resolved.ResolvedSchema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the rules generated for the SLOs read: each metric and recorded series of their PromQL with
 * the labels it names. A series of a schema metric ({@code _total}, {@code _bucket}, ...) is listed
 * under the metric's family name, as the declarations' uses are.
 */
final class SloRuleUses {
  private static final List<String> SUFFIXES =
      List.of("", "_total", "_bucket", "_count", "_sum", "_created");

  private final Set<String> families = new HashSet<>();

  SloRuleUses(ResolvedSchema schema) {
    for (CategoryModel category : schema.model().categories()) {
      for (MetricModel metric : category.metrics()) {
        families.add(metric.name());
      }
    }
  }

  /** The families and recorded series {@code exprs} read, each with the labels it names. */
  Map<String, Set<String>> of(List<String> exprs) {
    Map<String, Set<String>> uses = new TreeMap<>();
    for (String expr : exprs) {
      collect(Parser.parse(expr, Syntax.PROMQL), List.of(), uses);
    }
    return uses;
  }

  private void collect(Expr expr, List<String> grouping, Map<String, Set<String>> uses) {
    if (expr instanceof Expr.VectorSelector s) {
      Set<String> labels = uses.computeIfAbsent(family(s.name()), k -> new TreeSet<>());
      s.matchers().stream()
          .map(LabelMatcher::name)
          .filter(n -> !n.equals("__name__"))
          .forEach(labels::add);
      labels.addAll(grouping);
    } else if (expr instanceof Expr.MatrixSelector m) {
      collect(m.selector(), grouping, uses);
    } else if (expr instanceof Expr.Subquery s) {
      collect(s.expr(), grouping, uses);
    } else if (expr instanceof Expr.Call c) {
      c.args().forEach(a -> collect(a, grouping, uses));
    } else if (expr instanceof Expr.Aggregation a) {
      List<String> inner = new ArrayList<>(grouping);
      a.grouping().filter(g -> !g.without()).ifPresent(g -> inner.addAll(g.labels()));
      collect(a.expr(), inner, uses);
    } else if (expr instanceof Expr.Binary b) {
      collect(b.lhs(), grouping, uses);
      collect(b.rhs(), grouping, uses);
    } else if (expr instanceof Expr.Unary u) {
      collect(u.expr(), grouping, uses);
    } else if (expr instanceof Expr.Paren p) {
      collect(p.expr(), grouping, uses);
    }
  }

  private String family(String series) {
    for (String suffix : SUFFIXES) {
      if (series.endsWith(suffix)) {
        String family = series.substring(0, series.length() - suffix.length());
        if (families.contains(family)) {
          return family;
        }
      }
    }
    return series;
  }
}
