package com.mastertrade.metrics.schema.tracking;

import com.mastertrade.metrics.schema.MasterTradeLabels.GoalType;
import com.mastertrade.metrics.schema.MasterTradeMetrics.Goals;

/**
 * Goal values and achievements, as the Python metrics module's {@code update_goal_metrics} recorded
 * them.
 */
public final class GoalTracking {
  private final Goals metrics;

  public GoalTracking(Goals metrics) {
    this.metrics = metrics;
  }

  /**
   * Records a goal's current and target values and its progress, {@code current / target} capped to
   * [0, 1]; a zero target counts as reached.
   */
  public void update(GoalType type, String goal, double current, double target) {
    metrics.currentValue(type, goal).set(current);
    metrics.targetValue(type, goal).set(target);
    double progress = target == 0 ? 1 : Math.max(0, Math.min(1, current / target));
    metrics.progress(type, goal).set(progress);
  }

  /** Counts a goal reached. */
  public void achieved(GoalType type) {
    metrics.achievements(type).inc();
  }
}
