package com.mastertrade.services.common;

import com.mastertrade.metrics.schema.MasterTradeLabels.CacheOperation;
import com.mastertrade.metrics.schema.PrometheusMasterTradeMetricsRedisCache;
import com.mastertrade.metrics.schema.tracking.CacheCalls;
import java.util.function.Function;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;

/** Redis through a Jedis pool, every operation timed, lookups counted as hits or misses. */
public final class Cache {
  private final JedisPool pool;
  private final CacheCalls calls;

  private Cache(JedisPool pool, CacheCalls calls) {
    this.pool = pool;
    this.calls = calls;
  }

  /** Connects (failing fast) and registers the cache metrics. */
  public static Cache open(ServiceHost host) {
    JedisPool pool = host.closeOnStop(Redis.connect(host.settings()));
    return new Cache(
        pool, new CacheCalls(PrometheusMasterTradeMetricsRedisCache.register(host.registry())));
  }

  /** The value at {@code key}, or null; counted as a hit or a miss of {@code cache}. */
  public String get(String cache, String key) {
    return calls.lookup(cache, () -> withJedis(jedis -> jedis.get(key)));
  }

  /** Stores {@code value} at {@code key} for {@code ttlSeconds}. */
  public void set(String key, String value, long ttlSeconds) {
    calls.time(CacheOperation.SET, () -> withJedis(jedis -> jedis.setex(key, ttlSeconds, value)));
  }

  private <T> T withJedis(Function<Jedis, T> command) {
    try (Jedis jedis = pool.getResource()) {
      return command.apply(jedis);
    }
  }
}
