package com.mastertrade.services.risk;

import com.mastertrade.services.common.Events;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the risk manager knows from the fills: the position of every account in every symbol, the
 * latest value and P&L of every account, and the win/loss record of closing trades.
 */
final class RiskBook {
  private final Map<String, Double> positions = new TreeMap<>();
  private final Map<String, Double> accountValue = new TreeMap<>();
  private final Map<String, Double> accountPnl = new TreeMap<>();
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
    if (fill.realizedPnl() != 0) {
      closes++;
      if (fill.realizedPnl() > 0) {
        wins++;
      }
    }
  }

  /**
   * Gross quantity per symbol: the absolute positions of all accounts added up. Gross, not net: one
   * account's short does not make another's long safe, each can be closed on its own.
   */
  synchronized Map<String, Double> grossPositions() {
    Map<String, Double> gross = new TreeMap<>();
    positions.forEach(
        (key, quantity) ->
            gross.merge(key.substring(key.indexOf('/') + 1), Math.abs(quantity), Double::sum));
    return gross;
  }

  synchronized double totalValue() {
    return accountValue.values().stream().mapToDouble(Double::doubleValue).sum();
  }

  synchronized double totalPnl() {
    return accountPnl.values().stream().mapToDouble(Double::doubleValue).sum();
  }

  synchronized long fills() {
    return fills;
  }

  /** Share of closing trades that made money, NaN before the first close. */
  synchronized double winRate() {
    return closes == 0 ? Double.NaN : (double) wins / closes;
  }
}
