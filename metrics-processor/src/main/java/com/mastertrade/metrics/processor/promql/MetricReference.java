package com.mastertrade.metrics.processor.promql;

import java.util.List;

/**
 * One {@code {Category.method}} or {@code {Category.method:suffix}} in a PromQL template.
 *
 * @param suffix {@code bucket}, {@code count}, {@code sum}, or empty for the metric's own series
 * @param start index of the opening brace in the template
 * @param end index just past the closing brace
 * @param matcherLabels the label names of a {@code {...}} selector written right after it
 * @param enclosingFunctions the functions whose parentheses enclose it, innermost first
 */
public record MetricReference(
    String category,
    String method,
    String suffix,
    int start,
    int end,
    List<String> matcherLabels,
    List<String> enclosingFunctions) {

  public MetricReference {
    matcherLabels = List.copyOf(matcherLabels);
    enclosingFunctions = List.copyOf(enclosingFunctions);
  }

  /** As written, without braces: {@code Http.requestDuration:bucket}. */
  public String written() {
    return category + "." + method + (suffix.isEmpty() ? "" : ":" + suffix);
  }

  /** The innermost enclosing function, or empty. */
  public String innermostFunction() {
    return enclosingFunctions.isEmpty() ? "" : enclosingFunctions.get(0);
  }
}
