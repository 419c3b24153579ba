package com.mastertrade.services.risk;

import com.mastertrade.services.common.Events;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the risk manager knows from the fills: the position of every account in every symbol, the
 * latest value and P&L of every account, and the win/loss record of closing trades. Quantities and
 * money are the fills' exact decimals, and the totals their exact sums.
 */
final class RiskBook {
  private final Map<String, BigDecimal> positions = new TreeMap<>();
  private final Map<String, BigDecimal> accountValue = new TreeMap<>();
  private final Map<String, BigDecimal> accountPnl = new TreeMap<>();
  private final Map<String, Long> latestOrder = new TreeMap<>();
  private long fills;
  private long wins;
  private long closes;

  /**
   * Applies a fill of {@code account}, once per fill (the caller sees to that). Fills may arrive
   * out of order (a retried one after a later one): the position and account state a fill carries
   * replace the known ones only if it is the account's latest order.
   */
  synchronized void apply(String account, Events.Fill fill) {
    String position = account + "/" + fill.symbol();
    if (fill.orderId() >= latestOrder.getOrDefault(position, Long.MIN_VALUE)) {
      latestOrder.put(position, fill.orderId());
      positions.put(position, fill.positionQuantity());
    }
    if (fill.orderId() >= latestOrder.getOrDefault(account, Long.MIN_VALUE)) {
      latestOrder.put(account, fill.orderId());
      accountValue.put(account, fill.portfolioValue());
      accountPnl.put(account, fill.totalPnl());
    }
    fills++;
    if (fill.realizedPnl().signum() != 0) {
      closes++;
      if (fill.realizedPnl().signum() > 0) {
        wins++;
      }
    }
  }

  /**
   * Gross quantity per symbol: the absolute positions of all accounts added up. Gross, not net: one
   * account's short does not make another's long safe, each can be closed on its own.
   */
  synchronized Map<String, BigDecimal> grossPositions() {
    Map<String, BigDecimal> gross = new TreeMap<>();
    positions.forEach(
        (key, quantity) ->
            gross.merge(key.substring(key.indexOf('/') + 1), quantity.abs(), BigDecimal::add));
    return gross;
  }

  synchronized BigDecimal totalValue() {
    return accountValue.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  synchronized BigDecimal totalPnl() {
    return accountPnl.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  synchronized long fills() {
    return fills;
  }

  /** Share of closing trades that made money, NaN before the first close. */
  synchronized double winRate() {
    return closes == 0 ? Double.NaN : (double) wins / closes;
  }
}
