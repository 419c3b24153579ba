package com.mastertrade.metrics.annotations;

/**
 * The period an SLO's error budget is counted over. Four weeks keeps weekdays aligned across
 * periods; 30 days matches monthly reporting.
 */
public enum ComplianceWindow {
  DAYS_28,
  DAYS_30
}
