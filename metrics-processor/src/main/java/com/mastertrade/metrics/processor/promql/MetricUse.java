package com.mastertrade.metrics.processor.promql;

import com.mastertrade.metrics.processor.model.MetricModel;
import com.mastertrade.metrics.processor.promql.syntax.LabelMatcher;
import com.mastertrade.metrics.processor.promql.syntax.Reference;
import java.util.List;
import java.util.Set;

/**
 * One {@code {Category.method}} of an expression with the metric it names.
 *
 * @param matchers the selector's matchers, as written
 * @param enclosingFunctions the functions whose calls enclose it, innermost first
 */
public record MetricUse(
    Reference reference,
    MetricModel metric,
    List<LabelMatcher> matchers,
    List<String> enclosingFunctions) {

  public MetricUse {
    matchers = List.copyOf(matchers);
    enclosingFunctions = List.copyOf(enclosingFunctions);
  }

  /** The label names of the selector's matchers, as written. */
  public List<String> matcherLabels() {
    return matchers.stream().map(LabelMatcher::name).toList();
  }

  /** As written, without braces: {@code Http.requestDuration:bucket}. */
  public String written() {
    return reference.written();
  }

  public String suffix() {
    return reference.suffix();
  }

  /** The innermost enclosing function, or empty. */
  public String innermostFunction() {
    return enclosingFunctions.isEmpty() ? "" : enclosingFunctions.get(0);
  }

  /**
   * The labels its series carry: the metric's own, the target's, {@code le} or {@code quantile}.
   */
  public Set<String> labels() {
    return MetricLookup.labelsOf(metric, reference.suffix());
  }

  /** The series name the reference stands for: {@code _total}, {@code _bucket}... included. */
  public String seriesName() {
    return MetricLookup.seriesName(metric, reference.suffix());
  }
}
