package com.mastertrade.services.common;

import java.util.Map;
import java.util.TreeMap;

/**
 * The latest price of each traded symbol, in Redis under {@code price:<symbol>}: the market data
 * service writes them, the others read them. The key format and the cache's label are written here
 * only.
 */
public final class LatestPrices implements PriceSource {
  /** The {@code cache} label of these lookups. */
  static final String CACHE = "prices";

  private static final String KEY_PREFIX = "price:";

  private final Cache cache;

  public LatestPrices(Cache cache) {
    this.cache = cache;
  }

  /** Shows the fallbacks of these prices from 0: the caller may answer from PostgreSQL. */
  public void mayFallBack() {
    cache.mayFallBack(CACHE);
  }

  /** Counts a lookup of these prices answered from PostgreSQL because Redis failed. */
  public void countFallback() {
    cache.countFallback(CACHE);
  }

  /** Stores {@code price} as the latest of {@code symbol}, for {@code ttlSeconds}. */
  public void store(String symbol, double price, long ttlSeconds) {
    cache.set(KEY_PREFIX + symbol, Double.toString(price), ttlSeconds);
  }

  @Override
  public Double get(String symbol) {
    String cached = cache.get(CACHE, KEY_PREFIX + symbol);
    return cached == null ? null : Double.valueOf(cached);
  }

  @Override
  public Map<String, Double> all() {
    Map<String, Double> prices = new TreeMap<>();
    for (String symbol : Symbols.ALL) {
      Double price = get(symbol);
      if (price != null) {
        prices.put(symbol, price);
      }
    }
    return prices;
  }
}
