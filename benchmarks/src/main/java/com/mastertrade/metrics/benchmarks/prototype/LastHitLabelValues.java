package com.mastertrade.metrics.benchmarks.prototype;

import com.mastertrade.metrics.runtime.BoundedLabelValues;
import com.mastertrade.metrics.runtime.LabelDomain;
import io.prometheus.metrics.core.datapoints.CounterDataPoint;

/**
 * A prototype of a faster {@link BoundedLabelValues}: the same bound and overflow, plus a one-entry
 * cache of the last value looked up, compared by reference. Callers pass the same {@code String}
 * instance again and again (a constant, a collector's configured name), so most lookups become one
 * field read and one reference comparison instead of a hash map lookup.
 *
 * <p>Allocation-free after warm-up: the cache entries are made once per admitted index and reused.
 * Racy writes are benign: an entry is immutable, and a stale one only costs a map lookup.
 */
public final class LastHitLabelValues implements LabelDomain {
  private final BoundedLabelValues values;
  private final int maxValues;
  private final Hit[] hits;
  private Hit last;

  public LastHitLabelValues(int maxValues, CounterDataPoint overflows) {
    this.values = new BoundedLabelValues(maxValues, overflows);
    this.maxValues = maxValues;
    this.hits = new Hit[maxValues];
  }

  public int indexOf(String value) {
    Hit hit = last;
    if (hit != null && hit.value == value) {
      return hit.index;
    }
    int index = values.indexOf(value);
    if (index < maxValues) {
      // Overflow is never cached: every overflowing recording must be counted.
      Hit entry = hits[index];
      if (entry == null || !entry.value.equals(value)) {
        entry = new Hit(value, index);
        hits[index] = entry;
      }
      last = entry;
    }
    return index;
  }

  @Override
  public int size() {
    return values.size();
  }

  @Override
  public String valueAt(int index) {
    return values.valueAt(index);
  }

  private static final class Hit {
    final String value;
    final int index;

    Hit(String value, int index) {
      this.value = value;
      this.index = index;
    }
  }
}
