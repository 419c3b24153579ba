package com.mastertrade.metrics.evolution.snapshot;

/**
 * One value of a closed label.
 *
 * @param constant the enum constant (or {@code false}, {@code true}) that records it: its identity
 *     across a change of the exposed value
 * @param value the label value as exposed
 * @param deprecation why and since when the value is deprecated, or {@code null}
 */
public record LabelValueSnapshot(String constant, String value, DeprecationSnapshot deprecation) {}
