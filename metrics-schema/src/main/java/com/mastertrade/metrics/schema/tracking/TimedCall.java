package com.mastertrade.metrics.schema.tracking;

/**
 * A call to time: a database query, a cache operation, a collection run. It may throw a checked
 * exception of its own type, which the tracking helpers record and rethrow unchanged.
 */
@FunctionalInterface
public interface TimedCall<T, E extends Exception> {
  T call() throws E;
}
