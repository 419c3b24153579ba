package com.mastertrade.metrics.processor.promql.syntax;

import java.util.List;

/**
 * How a binary operation between two instant vectors pairs their series.
 *
 * @param on {@code on (labels)} rather than {@code ignoring (labels)}
 * @param labels the labels of {@code on} or {@code ignoring}
 * @param include the labels of {@code group_left (labels)} or {@code group_right (labels)}
 */
public record VectorMatching(
    Cardinality cardinality, boolean on, List<String> labels, List<String> include) {
  public VectorMatching {
    labels = List.copyOf(labels);
    include = List.copyOf(include);
  }

  /** One-to-one by default, many-to-one with {@code group_left}, and so on. */
  public enum Cardinality {
    ONE_TO_ONE,
    MANY_TO_ONE,
    ONE_TO_MANY,
    MANY_TO_MANY
  }
}
