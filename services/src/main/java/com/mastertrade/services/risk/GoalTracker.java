package com.mastertrade.services.risk;

import com.mastertrade.metrics.schema.MasterTradeLabels.GoalType;
import com.mastertrade.metrics.schema.tracking.GoalTracking;
import com.mastertrade.services.common.Events;
import com.mastertrade.services.common.Outbox;
import com.mastertrade.services.common.Topics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The trading goals, each measured from the risk book: current value, target, progress, and an
 * achievement counted and announced the first time the target is reached.
 */
final class GoalTracker {
  private final List<Goal> goals = new ArrayList<>();
  private final GoalTracking tracking;
  private final Outbox outbox;

  GoalTracker(GoalTracking tracking, Outbox outbox) {
    this.tracking = tracking;
    this.outbox = outbox;
    // Goals are progress gauges of doubles: the exact P&L is converted here, at the edge.
    goals.add(
        new Goal(GoalType.PROFIT, "session_profit", 100, book -> book.totalPnl().doubleValue()));
    goals.add(new Goal(GoalType.TRADE_COUNT, "session_trades", 200, book -> book.fills()));
    goals.add(new Goal(GoalType.WIN_RATE, "win_rate", 0.55, RiskBook::winRate));
  }

  synchronized void evaluate(RiskBook book) {
    for (Goal goal : goals) {
      double current = goal.measure.applyAsDouble(book);
      if (Double.isNaN(current)) {
        continue;
      }
      tracking.update(goal.type, goal.name, current, goal.target);
      if (current >= goal.target && !goal.achieved) {
        // Announced first: if the database is down this throws, and the next run tries again.
        outbox.add(Topics.GOALS, new Events.GoalAchieved(goal.name, current, goal.target));
        goal.achieved = true;
        tracking.achieved(goal.type);
      }
    }
  }

  synchronized Map<String, Object> describe(RiskBook book) {
    Map<String, Object> result = new LinkedHashMap<>();
    for (Goal goal : goals) {
      result.put(
          goal.name,
          Map.of(
              "type", goal.type,
              "current", goal.measure.applyAsDouble(book),
              "target", goal.target,
              "achieved", goal.achieved));
    }
    return result;
  }

  private static final class Goal {
    final GoalType type;
    final String name;
    final double target;
    final ToDoubleFunction<RiskBook> measure;
    boolean achieved;

    Goal(GoalType type, String name, double target, ToDoubleFunction<RiskBook> measure) {
      this.type = type;
      this.name = name;
      this.target = target;
      this.measure = measure;
    }
  }
}
