package com.mastertrade.metrics.runtime;

import java.util.List;

/**
 * The values one label can take, each at a fixed index, so that a set of label values becomes one
 * array index. A closed domain (enum, boolean) is known at compile time; an open one is a {@link
 * BoundedLabelValues}.
 */
public interface LabelDomain {
  /** The number of indexes, overflow slot included. */
  int size();

  /** The label value at {@code index}, {@code 0 <= index < size()}. */
  String valueAt(int index);

  /** A closed domain, in the order of the enum's ordinals (or {@code false, true}). */
  static LabelDomain of(String... values) {
    List<String> copy = List.of(values);
    return new LabelDomain() {
      @Override
      public int size() {
        return copy.size();
      }

      @Override
      public String valueAt(int index) {
        return copy.get(index);
      }
    };
  }
}
