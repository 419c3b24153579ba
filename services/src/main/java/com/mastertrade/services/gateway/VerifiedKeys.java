package com.mastertrade.services.gateway;

import com.mastertrade.services.common.Database;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the active key a client presents, remembering keys found for {@link #TTL}, so a busy client
 * costs one database query per key and period, and a revoked key stops working within it. Only keys
 * that exist are remembered, so made-up keys cannot grow the cache; each of those costs a lookup,
 * and one that does not even have a key's form costs none.
 */
final class VerifiedKeys {
  static final Duration TTL = Duration.ofSeconds(10);

  private record Found(ApiKeys.ApiKey key, long foundAtNanos) {}

  private final ApiKeys keys;
  private final ConcurrentHashMap<String, Found> found = new ConcurrentHashMap<>();

  VerifiedKeys(ApiKeys keys) {
    this.keys = keys;
  }

  /** The active key {@code presented} is, or null if it is none. */
  ApiKeys.ApiKey verify(String presented) {
    if (!ApiKeyFormat.hasKeyForm(presented)) {
      return null;
    }
    String sha256 = ApiKeyFormat.sha256(presented);
    long now = System.nanoTime();
    Found cached = found.get(sha256);
    if (cached != null && now - cached.foundAtNanos() < TTL.toNanos()) {
      return cached.key();
    }
    ApiKeys.ApiKey key;
    try {
      key = keys.findActive(sha256);
    } catch (Database.DatabaseException e) {
      // PostgreSQL is down: a key found before keeps working (its revocation cannot be read
      // either); any other key cannot be checked, and the caller answers 503.
      if (cached != null) {
        // Trusted for another period, so the outage costs one failed lookup per period, not one
        // per request.
        found.put(sha256, new Found(cached.key(), now));
        return cached.key();
      }
      throw e;
    }
    if (key == null) {
      found.remove(sha256);
    } else {
      found.put(sha256, new Found(key, now));
    }
    return key;
  }
}
