package com.mastertrade.metrics.processor.promql;

import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * The labels the series of an expression can carry, as far as the schema tells: known for its
 * metrics and what is computed from them, unknown (any label) for series it does not declare.
 */
public record LabelSet(boolean known, Set<String> labels) {
  /** Series the schema knows nothing about. */
  public static final LabelSet ANY = new LabelSet(false, Set.of());

  /** No labels at all: a scalar, or an aggregation without grouping. */
  public static final LabelSet NONE = new LabelSet(true, Set.of());

  public LabelSet {
    labels = Collections.unmodifiableSortedSet(new TreeSet<>(labels));
  }

  public static LabelSet of(Collection<String> labels) {
    return new LabelSet(true, new TreeSet<>(labels));
  }

  /** Whether a series of the expression may carry {@code label}. */
  public boolean mayHave(String label) {
    return !known || labels.contains(label);
  }

  /** The labels in name order, for messages. */
  public Set<String> sorted() {
    return new TreeSet<>(labels);
  }

  LabelSet plus(Collection<String> added) {
    if (!known) {
      return this;
    }
    Set<String> result = new TreeSet<>(labels);
    result.addAll(added);
    return of(result);
  }

  LabelSet minus(Collection<String> removed) {
    if (!known) {
      return this;
    }
    Set<String> result = new TreeSet<>(labels);
    result.removeAll(removed);
    return of(result);
  }

  /** Only {@code kept}: what {@code by (...)} or {@code on (...)} leaves. */
  LabelSet retain(Collection<String> kept) {
    Set<String> result = new TreeSet<>(kept);
    if (known) {
      result.retainAll(labels);
    }
    return of(result);
  }

  LabelSet union(LabelSet other) {
    return known && other.known ? plus(other.labels) : ANY;
  }
}
