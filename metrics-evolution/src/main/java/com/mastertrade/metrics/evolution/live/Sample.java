package com.mastertrade.metrics.evolution.live;

import java.util.Map;

/**
 * One sample line.
 *
 * @param name the sample's name, suffix included ({@code _bucket}, {@code _total}, ...)
 * @param labels its labels in exposition order
 * @param exemplar its OpenMetrics exemplar, or {@code null} if it has none
 */
public record Sample(String name, Map<String, String> labels, double value, Exemplar exemplar) {
  public Sample(String name, Map<String, String> labels, double value) {
    this(name, labels, value, null);
  }
}
