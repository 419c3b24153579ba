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
  private long fills;
  private long wins;
  private long closes;

  /** Applies a fill of {@code account}. */
  synchronized void apply(String account, Events.Fill fill) {
    positions.put(account + "/" + fill.symbol(), fill.positionQuantity());
    accountValue.put(account, fill.portfolioValue());
    accountPnl.put(account, fill.totalPnl());
    fills++;
    if (fill.realizedPnl() != 0) {
      closes++;
      if (fill.realizedPnl() > 0) {
        wins++;
      }
    }
  }

  /** Net quantity per symbol over all accounts. */
  synchronized Map<String, Double> netPositions() {
    Map<String, Double> net = new TreeMap<>();
    positions.forEach((key, quantity) -> net.merge(key.substring(key.indexOf('/') + 1), quantity, Double::sum));
    return net;
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
