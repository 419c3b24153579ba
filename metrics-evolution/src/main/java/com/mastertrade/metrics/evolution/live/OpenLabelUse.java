package com.mastertrade.metrics.evolution.live;

/**
 * How much of its bound an open label uses in one exposition.
 *
 * @param metric the declared metric's family name
 * @param distinctValues the distinct values exposed, {@code __overflow__} not counted
 * @param overflowCount the recordings the label overflow counter counts for this label
 */
public record OpenLabelUse(
    String metric, String label, int distinctValues, int maxValues, double overflowCount) {

  public boolean atBound() {
    return distinctValues >= maxValues || overflowCount > 0;
  }
}
