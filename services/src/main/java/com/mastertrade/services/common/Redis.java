package com.mastertrade.services.common;

import redis.clients.jedis.JedisPool;
import redis.clients.jedis.JedisPoolConfig;
import redis.clients.jedis.exceptions.JedisException;

/** A Jedis connection pool, checked with a PING at start so an unreachable server fails fast. */
public final class Redis {
  private static final int TIMEOUT_MILLIS = 2_000;

  private Redis() {}

  public static JedisPool connect(Settings settings) {
    JedisPoolConfig config = new JedisPoolConfig();
    config.setMaxTotal(8);
    JedisPool pool =
        new JedisPool(config, settings.redisHost(), settings.redisPort(), TIMEOUT_MILLIS);
    try (var jedis = pool.getResource()) {
      jedis.ping();
    } catch (JedisException e) {
      pool.close();
      throw new UnreachableServerException(
          "Redis", settings.redisHost() + ":" + settings.redisPort(), e);
    }
    return pool;
  }
}
