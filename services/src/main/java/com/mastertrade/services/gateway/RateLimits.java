package com.mastertrade.services.gateway;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per API key (Bucket4j): {@code perSecond} requests each second, refilled
 * continuously, with a burst of as many. One bucket per key that exists, so the map is as bounded
 * as the keys table.
 */
final class RateLimits {
  private final int perSecond;
  private final ConcurrentHashMap<Long, Bucket> buckets = new ConcurrentHashMap<>();

  RateLimits(int perSecond) {
    this.perSecond = perSecond;
  }

  /** Takes one request from the bucket of key {@code keyId}; the probe says if it could. */
  ConsumptionProbe take(long keyId) {
    return buckets.computeIfAbsent(keyId, id -> newBucket()).tryConsumeAndReturnRemaining(1);
  }

  private Bucket newBucket() {
    return Bucket.builder()
        .addLimit(
            Bandwidth.builder()
                .capacity(perSecond)
                .refillGreedy(perSecond, Duration.ofSeconds(1))
                .build())
        .build();
  }

  /** The whole seconds to wait before a refused request may succeed: {@code Retry-After}. */
  static long retryAfterSeconds(ConsumptionProbe probe) {
    long nanos = probe.getNanosToWaitForRefill();
    return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
  }
}
