package com.mastertrade.metrics.processor.promql.syntax;

import java.util.List;

/** An aggregation's {@code by (labels)} or {@code without (labels)}. */
public record Grouping(boolean without, List<String> labels) {
  public Grouping {
    labels = List.copyOf(labels);
  }
}
