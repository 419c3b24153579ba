package com.mastertrade.metrics.runtime;

import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * An open label bounded to {@code maxValues} distinct values. The first values seen get indexes
 * {@code 0..maxValues-1}; every later new value, and {@code null}, maps to the last index, whose
 * label value is {@link #OVERFLOW}, and increments the overflow counter. Nothing is dropped and the
 * series count cannot grow past the bound.
 */
public final class BoundedLabelValues implements LabelDomain {
  /** The label value that every value beyond the bound is recorded under. */
  public static final String OVERFLOW = "__overflow__";

  private final int maxValues;
  private final ConcurrentHashMap<String, Integer> indexes;
  private final AtomicReferenceArray<String> values;
  private final CounterDataPoint overflows;

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
    if (value != null) {
      Integer index = indexes.get(value);
      if (index != null) {
        return index;
      }
      if (indexes.size() < maxValues) {
        return admit(value);
      }
    }
    overflows.inc();
    return maxValues;
  }

  private synchronized int admit(String value) {
    Integer index = indexes.get(value);
    if (index != null) {
      return index;
    }
    int next = indexes.size();
    if (next >= maxValues) {
      overflows.inc();
      return maxValues;
    }
    // Publish the value before the index, so a reader that finds the index finds the value.
    values.set(next, value);
    indexes.put(value, next);
    return next;
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
}
