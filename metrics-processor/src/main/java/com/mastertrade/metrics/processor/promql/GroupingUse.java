package com.mastertrade.metrics.processor.promql;

import java.util.List;

/**
 * The labels of one {@code by}, {@code without}, {@code on}, {@code ignoring} or {@code
 * group_left/right} clause, with the labels the series it applies to can carry.
 *
 * @param series what those series are, for messages: {@code {Http.requests}}, a recorded series in
 *     quotes, {@code the target}, or {@code any series it refers to}
 */
public record GroupingUse(List<String> labels, LabelSet available, String series) {
  public GroupingUse {
    labels = List.copyOf(labels);
  }
}
