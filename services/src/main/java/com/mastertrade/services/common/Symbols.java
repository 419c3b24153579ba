package com.mastertrade.services.common;

import java.util.List;

/**
 * The symbols the services trade, written once. A symbol becomes a label value only when it is one
 * of these: any other symbol a client or a message names is recorded as {@link #UNKNOWN}, so
 * made-up symbols cannot add series or carry client text into the metrics.
 */
public final class Symbols {
  /** The traded symbols, in the order the services list them. */
  public static final List<String> ALL = List.of("BTCUSDT", "ETHUSDT", "SOLUSDT");

  /** The label value of every symbol that is not traded. */
  public static final String UNKNOWN = "unknown";

  private Symbols() {}

  public static boolean isKnown(String symbol) {
    return symbol != null && ALL.contains(symbol);
  }

  /**
   * The label value of {@code symbol}: the traded symbol itself (the constant instance of {@link
   * #ALL}, which the bounded label finds by reference), else {@link #UNKNOWN}.
   */
  public static String label(String symbol) {
    int index = symbol == null ? -1 : ALL.indexOf(symbol);
    return index < 0 ? UNKNOWN : ALL.get(index);
  }
}
