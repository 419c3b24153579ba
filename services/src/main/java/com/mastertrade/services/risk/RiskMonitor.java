package com.mastertrade.services.risk;

import com.mastertrade.metrics.schema.MasterTradeLabels.RiskLimit;
import com.mastertrade.metrics.schema.MasterTradeMetrics;
import com.mastertrade.services.common.Events;
import com.mastertrade.services.common.Symbols;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Computes exposure, drawdown and limit use from the risk book and the latest prices, and reports a
 * breach when a limit is crossed (once per crossing, not once per check above it, and not again
 * after a restart while the limit is still over: the open breaches are read back at start).
 */
final class RiskMonitor {
  private final RiskLimits limits;
  private final DrawdownTracker drawdown = new DrawdownTracker();
  private final Map<RiskLimit, Boolean> breached = new EnumMap<>(RiskLimit.class);
  private final Map<String, Double> exposures = new TreeMap<>();
  private final MasterTradeMetrics.Risk metrics;
  private final BreachLog log;

  RiskMonitor(RiskLimits limits, MasterTradeMetrics.Risk metrics, BreachLog log) {
    this.limits = limits;
    this.metrics = metrics;
    this.log = log;
    Set<String> open = log.open();
    for (RiskLimit limit : RiskLimit.values()) {
      if (open.contains(limit.name())) {
        breached.put(limit, true);
      }
    }
  }

  /** Re-evaluates every limit with {@code prices}. */
  synchronized void evaluate(RiskBook book, Map<String, Double> prices) {
    double maxExposure = 0;
    String maxSymbol = null;
    for (Map.Entry<String, Double> position : book.grossPositions().entrySet()) {
      Double price = prices.get(position.getKey());
      if (price == null) {
        continue;
      }
      double exposure = position.getValue() * price;
      exposures.put(position.getKey(), exposure);
      metrics.exposure(Symbols.label(position.getKey())).set(exposure);
      if (exposure >= maxExposure) {
        maxExposure = exposure;
        maxSymbol = position.getKey();
      }
    }
    double value = book.totalValue();
    double dd = value > 0 ? drawdown.update(value) : drawdown.drawdown();
    metrics.drawdown().set(dd);
    check(RiskLimit.EXPOSURE, maxSymbol, maxExposure, limits.maxExposureUsd());
    check(RiskLimit.DRAWDOWN, null, dd, limits.maxDrawdownRatio());
    check(RiskLimit.DAILY_LOSS, null, Math.max(0, -book.totalPnl()), limits.maxDailyLossUsd());
  }

  private void check(RiskLimit limit, String symbol, double value, double threshold) {
    metrics.limitUtilization(limit).set(value / threshold);
    boolean over = value > threshold;
    if (over && !breached.getOrDefault(limit, false)) {
      // Recorded first: if the database is down this throws, and the next check tries again.
      log.record(new Events.Breach(limit.name(), symbol, value, threshold));
      metrics.limitBreaches(limit).inc();
    } else if (!over && breached.getOrDefault(limit, false)) {
      // Cleared first, for the same reason: the limit counts as breached until it is stored.
      log.clear(limit.name());
    }
    breached.put(limit, over);
  }

  synchronized Map<String, Object> describe() {
    return Map.of(
        "exposureUsd",
        new TreeMap<>(exposures),
        "drawdown",
        drawdown.drawdown(),
        "breached",
        new EnumMap<>(breached),
        "limits",
        limits);
  }
}
