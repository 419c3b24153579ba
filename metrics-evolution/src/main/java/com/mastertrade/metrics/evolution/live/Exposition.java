package com.mastertrade.metrics.evolution.live;

import java.util.List;

/** A parsed {@code /metrics} answer: its format and its families, in exposition order. */
public record Exposition(ExpositionFormat format, List<MetricFamily> families) {
  public Exposition {
    families = List.copyOf(families);
  }

  public int seriesCount() {
    return families.stream().mapToInt(f -> f.samples().size()).sum();
  }
}
