package com.mastertrade.services.common;

/** The side of a signal or an order. */
public enum Side {
  BUY,
  SELL;

  /** +1 for a buy, -1 for a sell: the sign of the position change. */
  public int sign() {
    return this == BUY ? 1 : -1;
  }
}
