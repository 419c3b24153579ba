package com.mastertrade.metrics.annotations;

/**
 * The kinds of breaking change the compatibility check reports against the baseline schema, for
 * {@link AcceptedBreak}.
 */
public enum SchemaChange {
  METRIC_REMOVED,
  METRIC_RENAMED,
  TYPE_CHANGED,
  UNIT_CHANGED,
  LABEL_REMOVED,
  LABEL_RENAMED,
  LABEL_ADDED,
  LABEL_DOMAIN_CHANGED,
  LABEL_VALUE_REMOVED,
  LABEL_VALUE_CHANGED,
  LABEL_BOUND_LOWERED,
  BUCKETS_CHANGED,
  NATIVE_HISTOGRAM_REMOVED,
  QUANTILE_REMOVED,
  RECORDING_RULE_REMOVED
}
