package com.mastertrade.services.risk;

import com.mastertrade.metrics.schema.MasterTradeLabels.RiskLimit;
import com.mastertrade.metrics.schema.MasterTradeMetrics;
import com.mastertrade.services.common.Events;
import com.mastertrade.services.common.Symbols;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Computes exposure, drawdown and limit use from the risk book and the latest prices, and reports a
 * breach when a limit is crossed (once per crossing, not once per check above it, and not again
 * after a restart while the limit is still over: the open breaches are read back at start).
 * Exposure, drawdown and loss are exact decimals, compared with the limits as such.
 */
final class RiskMonitor {
  /** The decimals of a price, as the executor fills at: 1e-8 of the quote currency. */
  static final int PRICE_SCALE = 8;

  private final RiskLimits limits;
  private final DrawdownTracker drawdown = new DrawdownTracker();
  private final Map<RiskLimit, Boolean> breached = new EnumMap<>(RiskLimit.class);
  private final Map<String, BigDecimal> exposures = new TreeMap<>();
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

  /**
   * Re-evaluates every limit with {@code prices}, the latest observed in the feed, each taken at the
   * 8 decimals the executor fills at.
   */
  synchronized void evaluate(RiskBook book, Map<String, Double> prices) {
    BigDecimal maxExposure = BigDecimal.ZERO;
    String maxSymbol = null;
    for (Map.Entry<String, BigDecimal> position : book.grossPositions().entrySet()) {
      Double observed = prices.get(position.getKey());
      if (observed == null || !Double.isFinite(observed)) {
        // No price, or none a decimal can hold: nothing to mark this symbol at.
        continue;
      }
      BigDecimal price =
          BigDecimal.valueOf(observed).setScale(PRICE_SCALE, RoundingMode.HALF_EVEN);
      BigDecimal exposure = position.getValue().multiply(price);
      exposures.put(position.getKey(), exposure);
      // A gauge takes a double: converted here, for the gauge only; the limit checks the decimal.
      metrics.exposure(Symbols.label(position.getKey())).set(exposure.doubleValue());
      if (exposure.compareTo(maxExposure) >= 0) {
        maxExposure = exposure;
        maxSymbol = position.getKey();
      }
    }
    BigDecimal value = book.totalValue();
    BigDecimal dd = value.signum() > 0 ? drawdown.update(value) : drawdown.drawdown();
    // A gauge takes a double: converted for the gauge only.
    metrics.drawdown().set(dd.doubleValue());
    check(RiskLimit.EXPOSURE, maxSymbol, maxExposure, limits.maxExposureUsd());
    check(RiskLimit.DRAWDOWN, null, dd, limits.maxDrawdownRatio());
    check(
        RiskLimit.DAILY_LOSS,
        null,
        book.totalPnl().negate().max(BigDecimal.ZERO),
        limits.maxDailyLossUsd());
  }

  private void check(RiskLimit limit, String symbol, BigDecimal value, BigDecimal threshold) {
    // A gauge takes a double: the share of the limit used, converted for the gauge only.
    metrics.limitUtilization(limit).set(value.doubleValue() / threshold.doubleValue());
    boolean over = value.compareTo(threshold) > 0;
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
