package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.processor.declarations.AlertGroupModel.TestSeriesModel;
import com.mastertrade.metrics.processor.promql.MetricUse;
import com.mastertrade.metrics.processor.promql.Resolutions;
import com.mastertrade.metrics.processor.promql.ResolvedExpression;
import com.mastertrade.metrics.processor.promql.syntax.Expr;
import com.mastertrade.metrics.processor.promql.syntax.LabelMatcher;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An input series of an alert test as the alert analyses read it: its series name and its labels,
 * from a selector that sets every label with {@code =}. The analyses share which selectors of an
 * alert read these series and which series a selector selects.
 */
record TestInputSeries(String name, Map<String, String> labels) {
  TestInputSeries {
    labels = Map.copyOf(labels);
  }

  /**
   * The series {@code series} declares, or empty when its selector cannot be read: not a resolved
   * selector, a matcher other than {@code =}, no series name.
   */
  static Optional<TestInputSeries> of(TestSeriesModel series, Resolutions resolutions) {
    Optional<ResolvedExpression> resolved = resolutions.of(series.series()).resolved();
    if (resolved.isEmpty() || !(resolved.get().ast() instanceof Expr.VectorSelector selector)) {
      return Optional.empty();
    }
    Map<String, String> labels = new HashMap<>();
    for (LabelMatcher matcher : selector.matchers()) {
      if (matcher.op() != LabelMatcher.Op.EQUAL) {
        return Optional.empty();
      }
      labels.put(matcher.name(), matcher.value());
    }
    String name = seriesName(selector, resolved.get());
    if (name.isEmpty()) {
      name = labels.getOrDefault("__name__", "");
    }
    labels.remove("__name__");
    return name.isEmpty() ? Optional.empty() : Optional.of(new TestInputSeries(name, labels));
  }

  /**
   * Whether the series {@code selector} of an alert reads are the test's input series, so the test
   * decides what it selects: a plain name, not a series a recording rule of the group computes,
   * not Prometheus' own {@code ALERTS}.
   */
  static boolean readsInputs(Expr.VectorSelector selector, String name, Set<String> recorded) {
    return !name.isEmpty()
        && !recorded.contains(name)
        && !name.startsWith("ALERTS")
        && selector.matchers().stream().noneMatch(m -> m.name().equals("__name__"));
  }

  /** Whether {@code selector}, reading series {@code name}, selects this series. */
  boolean selectedBy(Expr.VectorSelector selector, String selectorName) {
    return name.equals(selectorName)
        && selector.matchers().stream()
            .allMatch(m -> m.matches(labels.getOrDefault(m.name(), "")));
  }

  /** The series name a selector reads: written, or the one its reference stands for. */
  static String seriesName(Expr.VectorSelector selector, ResolvedExpression expression) {
    if (!selector.name().isEmpty()) {
      return selector.name();
    }
    return selector
        .reference()
        .flatMap(
            reference ->
                expression.metrics().stream()
                    .filter(use -> use.reference().equals(reference))
                    .map(MetricUse::seriesName)
                    .findFirst())
        .orElse("");
  }
}
