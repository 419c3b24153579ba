package com.mastertrade.services.common;

import java.util.Map;

/** Where the latest price of a traded symbol is read. */
public interface PriceSource {
  /** The latest price of {@code symbol}, or null if none is recent. */
  Double get(String symbol);

  /** The latest price of every traded symbol that has a recent one. */
  Map<String, Double> all();
}
