package com.mastertrade.metrics.schema.tracking;

import com.mastertrade.metrics.runtime.TimedCall;
import com.mastertrade.metrics.schema.MasterTradeLabels.CacheOperation;
import com.mastertrade.metrics.schema.MasterTradeLabels.CacheResult;
import com.mastertrade.metrics.schema.MasterTradeMetrics.RedisCache;

/**
 * Times cache operations and counts hits and misses, as the Python metrics module's {@code
 * track_cache_operation} did.
 */
public final class CacheCalls {
  private final RedisCache metrics;

  public CacheCalls(RedisCache metrics) {
    this.metrics = metrics;
  }

  /** Runs a lookup in {@code cache}: a {@code null} result is a miss, anything else a hit. */
  public <T, E extends Exception> T lookup(String cache, TimedCall<T, E> get) throws E {
    T value = time(CacheOperation.GET, get);
    metrics.lookups(cache, value == null ? CacheResult.MISS : CacheResult.HIT).inc();
    return value;
  }

  /**
   * Makes the fallback series of {@code cache} exist at 0, for a reader that may fall back: a
   * degraded rate then reads 0 while nothing fails, not no data.
   */
  public void mayFallBack(String cache) {
    metrics.fallbacks(cache);
  }

  /** Counts a read of {@code cache} answered from PostgreSQL because Redis failed. */
  public void fellBack(String cache) {
    metrics.fallbacks(cache).inc();
  }

  /** Runs {@code call}, recording its duration, and its failure if it throws. */
  public <T, E extends Exception> T time(CacheOperation operation, TimedCall<T, E> call) throws E {
    return TimedCall.timeCountingFailures(
        metrics.operationDuration(operation), metrics.operationErrors(operation), call);
  }
}
