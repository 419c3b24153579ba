package com.mastertrade.services.executor;

import com.mastertrade.services.common.Side;
import java.util.Map;
import java.util.TreeMap;

/**
 * A paper-trading account: cash, and per symbol a signed quantity at an average entry price. A fill
 * that reduces or flips a position realizes profit or loss against the average price.
 */
final class PaperBook {
  private final Map<String, Position> positions = new TreeMap<>();
  private double cash;
  private double realizedPnl;

  PaperBook(double startingCash) {
    this.cash = startingCash;
  }

  /** A book as stored: its cash, realized P&L and positions. */
  PaperBook(double cash, double realizedPnl, Map<String, Position> positions) {
    this.cash = cash;
    this.realizedPnl = realizedPnl;
    this.positions.putAll(positions);
  }

  /** An independent copy, to apply a fill to before it is durable. */
  synchronized PaperBook copy() {
    return new PaperBook(cash, realizedPnl, positions);
  }

  /** Sets a position as stored, when the book is rebuilt. */
  synchronized void restorePosition(String symbol, Position position) {
    positions.put(symbol, position);
  }

  /** Applies a fill and returns the profit or loss it realized. */
  synchronized double fill(String symbol, Side side, double quantity, double price) {
    Position position = positions.getOrDefault(symbol, new Position(0, 0));
    double signed = side.sign() * quantity;
    double realized = 0;
    double newQuantity = position.quantity() + signed;
    double newAverage;
    if (position.quantity() == 0 || Math.signum(position.quantity()) == Math.signum(signed)) {
      // Opening or adding: the average entry price moves.
      newAverage = (position.quantity() * position.averagePrice() + signed * price) / newQuantity;
    } else {
      // Reducing, closing or flipping: the closed part realizes against the average price.
      double closed = Math.min(Math.abs(signed), Math.abs(position.quantity()));
      realized = closed * (price - position.averagePrice()) * Math.signum(position.quantity());
      newAverage =
          Math.abs(signed) > Math.abs(position.quantity())
              ? price
              : (newQuantity == 0 ? 0 : position.averagePrice());
    }
    cash -= signed * price;
    realizedPnl += realized;
    positions.put(symbol, new Position(newQuantity, newAverage));
    return realized;
  }

  synchronized Position position(String symbol) {
    return positions.getOrDefault(symbol, new Position(0, 0));
  }

  synchronized Map<String, Position> positions() {
    return new TreeMap<>(positions);
  }

  synchronized double cash() {
    return cash;
  }

  synchronized double realizedPnl() {
    return realizedPnl;
  }

  /**
   * Cash plus every position marked at {@code prices}; a symbol without a price counts at entry.
   */
  synchronized double portfolioValue(Map<String, Double> prices) {
    double value = cash;
    for (Map.Entry<String, Position> entry : positions.entrySet()) {
      Position p = entry.getValue();
      value += p.quantity() * prices.getOrDefault(entry.getKey(), p.averagePrice());
    }
    return value;
  }

  /** A signed quantity (negative is short) and its average entry price. */
  record Position(double quantity, double averagePrice) {
    double unrealizedPnl(double price) {
      return quantity * (price - averagePrice);
    }
  }
}
