package com.mastertrade.services.alerts;

import com.mastertrade.metrics.schema.MasterTradeLabels.AlertPriority;
import com.mastertrade.services.common.Events;
import java.util.Locale;

/** Turns the events of the other services into alerts. */
final class AlertRules {
  static final String RISK_LIMIT_BREACH = "risk_limit_breach";
  static final String MODEL_DRIFT = "model_drift";
  static final String GOAL_ACHIEVED = "goal_achieved";
  static final String MARKET_DATA_STALE = "market_data_stale";

  private AlertRules() {}

  static RaisedAlert breach(Events.Breach breach) {
    // A drawdown or loss breach costs money now; an exposure breach only risks it.
    AlertPriority priority =
        breach.limit().equals("EXPOSURE") ? AlertPriority.HIGH : AlertPriority.CRITICAL;
    return new RaisedAlert(
        RISK_LIMIT_BREACH,
        priority,
        String.format(
            Locale.ROOT,
            "%s limit breached%s: %.4f over %.4f",
            breach.limit(),
            breach.symbol() == null ? "" : " on " + breach.symbol(),
            breach.value(),
            breach.threshold()),
        System.currentTimeMillis());
  }

  static RaisedAlert drift(Events.Drift drift) {
    return new RaisedAlert(
        MODEL_DRIFT,
        AlertPriority.MEDIUM,
        String.format(
            Locale.ROOT,
            "model %s input drift %.3f over %.3f",
            drift.model(),
            drift.score(),
            drift.threshold()),
        System.currentTimeMillis());
  }

  static RaisedAlert goal(Events.GoalAchieved goal) {
    return new RaisedAlert(
        GOAL_ACHIEVED,
        AlertPriority.LOW,
        String.format(
            Locale.ROOT, "goal %s reached: %.4f of %.4f", goal.goal(), goal.value(), goal.target()),
        System.currentTimeMillis());
  }

  static RaisedAlert staleMarketData(String symbol) {
    return new RaisedAlert(
        MARKET_DATA_STALE,
        AlertPriority.HIGH,
        "no price for " + symbol + " in the cache: market data is not flowing",
        System.currentTimeMillis());
  }
}
