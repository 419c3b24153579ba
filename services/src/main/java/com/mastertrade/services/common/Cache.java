package com.mastertrade.services.common;

import com.mastertrade.metrics.schema.MasterTradeLabels.CacheOperation;
import com.mastertrade.metrics.schema.PrometheusMasterTradeMetricsRedisCache;
import com.mastertrade.metrics.schema.tracking.CacheCalls;
import com.mastertrade.services.tracing.RedisTracing;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;
import redis.clients.jedis.exceptions.JedisException;

/** Redis through a Jedis pool, every operation timed, lookups counted as hits or misses. */
public final class Cache {
  private static final Logger LOG = LoggerFactory.getLogger(Cache.class);

  private final JedisPool pool;
  private final CacheCalls calls;
  private final ServiceName service;
  private final RedisTracing tracing;

  private Cache(JedisPool pool, CacheCalls calls, ServiceName service, RedisTracing tracing) {
    this.pool = pool;
    this.calls = calls;
    this.service = service;
    this.tracing = tracing;
  }

  /** Connects (failing fast) and registers the cache metrics. */
  public static Cache open(ServiceHost host) {
    JedisPool pool = host.closeOnStop(Redis.connect(host.settings()));
    return new Cache(
        pool,
        new CacheCalls(PrometheusMasterTradeMetricsRedisCache.register(host.registry())),
        host.name(),
        new RedisTracing(host.tracing()));
  }

  /** The value at {@code key}, or null; counted as a hit or a miss of {@code cache}. */
  public String get(String cache, String key) {
    try {
      return calls.lookup(cache, () -> withJedis("GET", jedis -> jedis.get(key)));
    } catch (JedisException e) {
      throw failed(CacheOperation.GET, e);
    }
  }

  /** Shows the fallbacks of {@code cache} from 0: its reader may answer from PostgreSQL. */
  public void mayFallBack(String cache) {
    calls.mayFallBack(cache);
  }

  /** Counts a read of {@code cache} answered from PostgreSQL because Redis failed. */
  public void countFallback(String cache) {
    calls.fellBack(cache);
  }

  /** Stores {@code value} at {@code key} for {@code ttlSeconds}. */
  public void set(String key, String value, long ttlSeconds) {
    try {
      calls.time(
          CacheOperation.SET, () -> withJedis("SETEX", jedis -> jedis.setex(key, ttlSeconds, value)));
    } catch (JedisException e) {
      throw failed(CacheOperation.SET, e);
    }
  }

  /**
   * Logs a failure the timing helper counted (taking a pooled connection included), one line per
   * failure: counted equals logged.
   */
  private JedisException failed(CacheOperation operation, JedisException e) {
    LOG.warn("{}: cache call failed: {}: {}", service.id(), operation, e.toString());
    return e;
  }

  private <T> T withJedis(String name, Function<Jedis, T> command) {
    return tracing.call(
        name,
        () -> {
          try (Jedis jedis = pool.getResource()) {
            return command.apply(jedis);
          }
        });
  }
}
