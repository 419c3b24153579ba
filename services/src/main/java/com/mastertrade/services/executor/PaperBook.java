package com.mastertrade.services.executor;

import com.mastertrade.metrics.schema.MasterTradeLabels.Side;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;

/**
 * A paper-trading account: cash, and per symbol a signed quantity at an average entry price. A fill
 * that reduces or flips a position realizes profit or loss against the average price. Exact
 * decimals: quantities are whole lots and prices have 8 decimals, so cash and quantities are exact
 * sums of the fills; an average price and the P&L realized against it are rounded to {@link
 * #MONEY_SCALE} decimals, as stored.
 */
final class PaperBook {
  /** The decimals of an average price and of realized P&L. */
  static final int MONEY_SCALE = 12;

  private final Map<String, Position> positions = new TreeMap<>();
  private BigDecimal cash;
  private BigDecimal realizedPnl;

  PaperBook(BigDecimal startingCash) {
    this(startingCash, BigDecimal.ZERO, Map.of());
  }

  /** A book as stored: its cash, realized P&L and positions. */
  PaperBook(BigDecimal cash, BigDecimal realizedPnl, Map<String, Position> positions) {
    this.cash = cash;
    this.realizedPnl = realizedPnl;
    this.positions.putAll(positions);
  }

  /** An independent copy, to apply a fill to before it is durable. */
  synchronized PaperBook copy() {
    return new PaperBook(cash, realizedPnl, positions);
  }

  /**
   * Applies a fill at {@code price} to {@code position} and returns the position after and the P&L
   * realized: the one rule of the book, used on the stored position inside the order's transaction.
   */
  static Fill apply(Position position, Side side, BigDecimal quantity, BigDecimal price) {
    BigDecimal held = position.quantity();
    BigDecimal signed = side == Side.BUY ? quantity : quantity.negate();
    BigDecimal after = held.add(signed);
    if (held.signum() == 0 || held.signum() == signed.signum()) {
      // Opening or adding: the average entry price moves.
      BigDecimal average =
          held.multiply(position.averagePrice())
              .add(signed.multiply(price))
              .divide(after, MONEY_SCALE, RoundingMode.HALF_EVEN);
      return new Fill(new Position(after, average), BigDecimal.ZERO);
    }
    // Reducing, closing or flipping: the closed part realizes against the average price.
    BigDecimal closed = signed.abs().min(held.abs());
    BigDecimal realized =
        closed
            .multiply(price.subtract(position.averagePrice()))
            .multiply(BigDecimal.valueOf(held.signum()))
            .setScale(MONEY_SCALE, RoundingMode.HALF_EVEN);
    BigDecimal average;
    if (signed.abs().compareTo(held.abs()) > 0) {
      average = price.setScale(MONEY_SCALE, RoundingMode.UNNECESSARY);
    } else if (after.signum() == 0) {
      average = BigDecimal.ZERO.setScale(MONEY_SCALE);
    } else {
      average = position.averagePrice();
    }
    return new Fill(new Position(after, average), realized);
  }

  /** Records a fill of {@code position}'s symbol as {@link #apply} computed it. */
  synchronized void record(
      String symbol, Side side, BigDecimal quantity, BigDecimal price, Fill fill) {
    BigDecimal signed = side == Side.BUY ? quantity : quantity.negate();
    cash = cash.subtract(signed.multiply(price));
    realizedPnl = realizedPnl.add(fill.realized());
    positions.put(symbol, fill.after());
  }

  /** Applies a fill to this book and returns the profit or loss it realized. */
  synchronized BigDecimal fill(String symbol, Side side, BigDecimal quantity, BigDecimal price) {
    Fill fill = apply(position(symbol), side, quantity, price);
    record(symbol, side, quantity, price, fill);
    return fill.realized();
  }

  synchronized Position position(String symbol) {
    return positions.getOrDefault(symbol, Position.NONE);
  }

  synchronized Map<String, Position> positions() {
    return new TreeMap<>(positions);
  }

  synchronized BigDecimal cash() {
    return cash;
  }

  synchronized BigDecimal realizedPnl() {
    return realizedPnl;
  }

  /**
   * Cash plus the position in {@code symbol} marked at {@code price} and every other at its entry
   * price, rounded to {@link #MONEY_SCALE} decimals: the exact value of the account just after a
   * fill of {@code symbol} at {@code price}.
   */
  synchronized BigDecimal valueAt(String symbol, BigDecimal price) {
    BigDecimal value = cash;
    for (Map.Entry<String, Position> entry : positions.entrySet()) {
      Position p = entry.getValue();
      BigDecimal mark = entry.getKey().equals(symbol) ? price : p.averagePrice();
      value = value.add(p.quantity().multiply(mark));
    }
    return value.setScale(MONEY_SCALE, RoundingMode.HALF_EVEN);
  }

  /**
   * Cash plus every position marked at {@code prices}; a symbol without a price counts at entry.
   */
  synchronized double portfolioValue(Map<String, Double> prices) {
    double value = cash.doubleValue();
    for (Map.Entry<String, Position> entry : positions.entrySet()) {
      Position p = entry.getValue();
      value +=
          p.quantity().doubleValue()
              * prices.getOrDefault(entry.getKey(), p.averagePrice().doubleValue());
    }
    return value;
  }

  /** A signed quantity (negative is short) and its average entry price. */
  record Position(BigDecimal quantity, BigDecimal averagePrice) {
    static final Position NONE = new Position(BigDecimal.ZERO, BigDecimal.ZERO);

    double unrealizedPnl(double price) {
      return quantity.doubleValue() * (price - averagePrice.doubleValue());
    }
  }

  /** A fill's outcome: the position after it and the P&L it realized. */
  record Fill(Position after, BigDecimal realized) {}
}
