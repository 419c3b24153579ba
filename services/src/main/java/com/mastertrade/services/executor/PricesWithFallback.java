package com.mastertrade.services.executor;

import com.mastertrade.metrics.schema.MasterTradeLabels.QueryType;
import com.mastertrade.services.common.Database;
import com.mastertrade.services.common.LatestPrices;
import com.mastertrade.services.common.PriceSource;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import redis.clients.jedis.exceptions.JedisException;

/**
 * The executor's prices: the latest from Redis; while Redis fails, the close of the latest candle
 * the market data service stored in PostgreSQL, if that candle began at most {@link #MAX_AGE} ago
 * (the longest a price lives in Redis too), so orders keep being filled through a Redis outage.
 * Such a read is a degraded answer, counted in {@code mastertrade_cache_fallbacks_total}; the Redis
 * failure is counted where it happened.
 */
final class PricesWithFallback implements PriceSource {
  /** How old a price read from PostgreSQL may be: the start of its candle at most this long ago. */
  static final Duration MAX_AGE = Duration.ofSeconds(30);

  private final LatestPrices cache;
  private final Database database;

  PricesWithFallback(LatestPrices cache, Database database) {
    this.cache = cache;
    this.database = database;
    cache.mayFallBack();
  }

  @Override
  public Double get(String symbol) {
    try {
      return cache.get(symbol);
    } catch (JedisException e) {
      Double price = fromDatabase().get(symbol);
      if (price == null) {
        throw e;
      }
      cache.countFallback();
      return price;
    }
  }

  @Override
  public Map<String, Double> all() {
    try {
      return cache.all();
    } catch (JedisException e) {
      Map<String, Double> prices = fromDatabase();
      if (prices.isEmpty()) {
        throw e;
      }
      cache.countFallback();
      return prices;
    }
  }

  /** The close of each symbol's latest candle begun within {@link #MAX_AGE}. */
  private Map<String, Double> fromDatabase() {
    Map<String, Double> prices = new TreeMap<>();
    database
        .query(
            QueryType.SELECT,
            "candles",
            handle ->
                handle
                    .createQuery(
                        "SELECT DISTINCT ON (symbol) symbol, close FROM candles"
                            + " WHERE open_time > now() - :maxAge * interval '1 second'"
                            + " ORDER BY symbol, open_time DESC")
                    .bind("maxAge", MAX_AGE.toSeconds())
                    .map((rows, context) -> Map.entry(rows.getString(1), rows.getDouble(2)))
                    .list())
        .forEach(entry -> prices.put(entry.getKey(), entry.getValue()));
    return prices;
  }
}
