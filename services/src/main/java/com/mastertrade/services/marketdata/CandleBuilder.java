package com.mastertrade.services.marketdata;

/** Folds ticks of one symbol into candles of a fixed interval. Not thread-safe. */
final class CandleBuilder {
  private final String symbol;
  private final long intervalMillis;
  private long openTime = -1;
  private double open;
  private double high;
  private double low;
  private double close;
  private int ticks;

  CandleBuilder(String symbol, long intervalMillis) {
    this.symbol = symbol;
    this.intervalMillis = intervalMillis;
  }

  /** Adds a tick; returns the previous candle when this tick opens a new interval, else null. */
  Candle add(long timeMillis, double price) {
    long start = timeMillis - timeMillis % intervalMillis;
    Candle closed = null;
    if (openTime >= 0 && start != openTime) {
      closed = new Candle(symbol, openTime, open, high, low, close, ticks);
      openTime = -1;
    }
    if (openTime < 0) {
      openTime = start;
      open = high = low = price;
      ticks = 0;
    }
    high = Math.max(high, price);
    low = Math.min(low, price);
    close = price;
    ticks++;
    return closed;
  }
}
