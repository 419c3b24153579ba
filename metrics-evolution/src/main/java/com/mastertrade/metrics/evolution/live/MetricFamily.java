package com.mastertrade.metrics.evolution.live;

import java.util.List;

/**
 * One metric family of an exposition.
 *
 * @param name the name on its {@code # TYPE} line (or of its samples, if it has none)
 * @param type as the {@code # TYPE} line says, {@code untyped} (text) or {@code unknown}
 *     (OpenMetrics) if there is none
 * @param unit from {@code # UNIT}, empty if none
 * @param help from {@code # HELP}, unescaped; empty if none
 */
public record MetricFamily(
    String name, String type, String unit, String help, List<Sample> samples) {

  public MetricFamily {
    samples = List.copyOf(samples);
  }
}
