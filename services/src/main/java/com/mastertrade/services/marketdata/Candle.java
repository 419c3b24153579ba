package com.mastertrade.services.marketdata;

/** An OHLC candle of one symbol over one interval starting at {@code openTimeMillis}. */
public record Candle(
    String symbol,
    long openTimeMillis,
    double open,
    double high,
    double low,
    double close,
    int ticks) {}
