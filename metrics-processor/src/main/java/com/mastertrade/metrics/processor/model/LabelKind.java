package com.mastertrade.metrics.processor.model;

/** How a label parameter's Java type maps to a set of label values. */
public enum LabelKind {
  /** An enum: a closed set, one value per constant. */
  ENUM,
  /** A boolean: the closed set {@code false, true}. */
  BOOLEAN,
  /** A String: an open set, bounded by {@code @MaxValues}, plus one overflow value. */
  OPEN,
  /** Any other type: reported as an error, never generated. */
  UNSUPPORTED
}
