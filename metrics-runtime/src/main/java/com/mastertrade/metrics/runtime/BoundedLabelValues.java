package com.mastertrade.metrics.runtime;

import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * An open label bounded to {@code maxValues} distinct values. Values are admitted in their exposed
 * form ({@link LabelValueNormalizer}: invalid UTF-16 and control characters replaced, a leading
 * {@code __} cut to {@code _}, at most {@link LabelValueNormalizer#MAX_LENGTH} characters), so two
 * inputs that would be exposed alike are one value and no input can pose as {@link #OVERFLOW}. The
 * first values seen get indexes {@code 0..maxValues-1}; every later new value, and {@code null},
 * maps to the last index, whose label value is {@link #OVERFLOW}, and increments the overflow
 * counter. Nothing is dropped and the series count cannot grow past the bound.
 *
 * <p>Callers mostly pass the same {@code String} instance again and again (a constant, a
 * collector's configured name, a route template from the router), so the last value found is kept
 * and compared by reference before the hash lookup. That field is written without synchronization
 * on purpose: it only ever holds an immutable {@link Hit} (final fields, created once per admitted
 * value), so any thread that reads it sees a complete entry, and a stale entry only costs the hash
 * lookup. Overflow is never kept there, so every overflowing recording is counted.
 */
public final class BoundedLabelValues implements LabelDomain {
  /** The label value that every value beyond the bound is recorded under. */
  public static final String OVERFLOW = "__overflow__";

  private final int maxValues;
  private final ConcurrentHashMap<String, Hit> indexes;
  private final AtomicReferenceArray<String> values;
  private final CounterDataPoint overflows;
  private Hit last;

  /**
   * @param overflows counts the recordings that went to the overflow value
   */
  public BoundedLabelValues(int maxValues, CounterDataPoint overflows) {
    if (maxValues < 1 || maxValues >= LabelSpace.MAX_SIZE) {
      throw new IllegalArgumentException(
          "maxValues must be between 1 and " + (LabelSpace.MAX_SIZE - 1) + ", was " + maxValues);
    }
    this.maxValues = maxValues;
    this.indexes = new ConcurrentHashMap<>(Math.min(maxValues, 1024) * 2);
    this.values = new AtomicReferenceArray<>(maxValues + 1);
    this.values.set(maxValues, OVERFLOW);
    this.overflows = overflows;
  }

  /** The index of {@code value}, admitting it if the bound allows, else the overflow index. */
  public int indexOf(String value) {
    Hit hit = last;
    if (hit != null && hit.value == value) {
      return hit.index;
    }
    Hit found = find(value);
    if (found == null) {
      overflows.inc();
      return maxValues;
    }
    if (found != hit) {
      last = found;
    }
    return found.index;
  }

  private Hit find(String value) {
    if (value == null) {
      return null;
    }
    Hit hit = indexes.get(value);
    if (hit != null) {
      return hit;
    }
    // Keys are exposed forms, which normalize to themselves: only a value not found as it is
    // can have another exposed form.
    String exposed = LabelValueNormalizer.normalize(value);
    if (exposed != value) {
      hit = indexes.get(exposed);
      if (hit != null) {
        return hit;
      }
    }
    return indexes.size() < maxValues ? admit(exposed) : null;
  }

  private synchronized Hit admit(String exposed) {
    Hit hit = indexes.get(exposed);
    if (hit != null) {
      return hit;
    }
    int next = indexes.size();
    if (next >= maxValues) {
      return null;
    }
    // Publish the value before the index, so a reader that finds the index finds the value.
    values.set(next, exposed);
    hit = new Hit(exposed, next);
    indexes.put(exposed, hit);
    return hit;
  }

  @Override
  public int size() {
    return maxValues + 1;
  }

  @Override
  public String valueAt(int index) {
    return values.get(index);
  }

  /** The number of distinct values admitted so far, overflow excluded. */
  public int admitted() {
    return indexes.size();
  }

  /** An admitted value and its index; immutable, so it may be shared without synchronization. */
  private static final class Hit {
    final String value;
    final int index;

    Hit(String value, int index) {
      this.value = value;
      this.index = index;
    }
  }
}
