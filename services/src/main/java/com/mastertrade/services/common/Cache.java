package com.mastertrade.services.common;

import com.mastertrade.metrics.schema.MasterTradeMetrics;
import com.mastertrade.metrics.schema.MasterTradeMetrics.CacheOperation;
import com.mastertrade.metrics.schema.MasterTradeMetrics.CacheResult;
import com.mastertrade.metrics.schema.PrometheusMasterTradeMetricsRedisCache;
import java.util.function.Function;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;
import redis.clients.jedis.exceptions.JedisException;

/** Redis through a Jedis pool, every operation timed, lookups counted as hits or misses. */
public final class Cache {
  private final JedisPool pool;
  private final MasterTradeMetrics.RedisCache metrics;

  private Cache(JedisPool pool, MasterTradeMetrics.RedisCache metrics) {
    this.pool = pool;
    this.metrics = metrics;
  }

  /** Connects (failing fast) and registers the cache metrics. */
  public static Cache open(ServiceHost host) {
    JedisPool pool = host.closeOnStop(Redis.connect(host.settings()));
    return new Cache(pool, PrometheusMasterTradeMetricsRedisCache.register(host.registry()));
  }

  /** The value at {@code key}, or null; counted as a hit or a miss of {@code cache}. */
  public String get(String cache, String key) {
    String value = run(CacheOperation.GET, jedis -> jedis.get(key));
    metrics.lookups(cache, value == null ? CacheResult.MISS : CacheResult.HIT).inc();
    return value;
  }

  /** Stores {@code value} at {@code key} for {@code ttlSeconds}. */
  public void set(String key, String value, long ttlSeconds) {
    run(CacheOperation.SET, jedis -> jedis.setex(key, ttlSeconds, value));
  }

  private <T> T run(CacheOperation operation, Function<Jedis, T> command) {
    long start = System.nanoTime();
    try (Jedis jedis = pool.getResource()) {
      return command.apply(jedis);
    } catch (JedisException e) {
      metrics.operationErrors(operation).inc();
      throw e;
    } finally {
      metrics.operationDuration(operation).observeNanos(System.nanoTime() - start);
    }
  }
}
