package com.mastertrade.metrics.evolution.snapshot;

import java.util.List;
import java.util.Optional;

/**
 * One label of a metric and its domain.
 *
 * @param kind {@code enum} and {@code boolean} are closed sets listed in {@code values}; {@code
 *     open} is bounded by {@code maxValues}, beyond which values are recorded as {@link #OVERFLOW}
 * @param maxValues the bound of an open label, 0 for closed ones
 * @param formerly names this label had before, newest first: a declared rename
 */
public record LabelSnapshot(
    String name,
    String kind,
    List<LabelValueSnapshot> values,
    int maxValues,
    List<String> formerly) {

  /** The value an open label records beyond its bound. */
  public static final String OVERFLOW = "__overflow__";

  public LabelSnapshot {
    values = List.copyOf(values);
    formerly = List.copyOf(formerly);
  }

  public boolean open() {
    return kind.equals("open");
  }

  public Optional<LabelValueSnapshot> constant(String constant) {
    return values.stream().filter(v -> v.constant().equals(constant)).findFirst();
  }

  public boolean admits(String value) {
    return values.stream().anyMatch(v -> v.value().equals(value));
  }
}
