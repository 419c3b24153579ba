package com.mastertrade.metrics.runtime;

import com.mastertrade.metrics.annotations.MetricsSchema;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * The cross product of a metric's label domains, numbered in row-major order: the slot of indexes
 * {@code (i0, i1, i2)} is {@code (i0 * size1 + i1) * size2 + i2}, as generated recorders compute
 * it.
 */
public final class LabelSpace {
  /** The most slots a label space can have; the processor rejects a metric beyond it. */
  public static final int MAX_SIZE = MetricsSchema.MAX_LABEL_COMBINATIONS;

  private final List<LabelDomain> domains;
  private final int size;

  private LabelSpace(List<LabelDomain> domains) {
    this.domains = domains;
    long product = 1;
    for (LabelDomain domain : domains) {
      // Each factor is below 2^31, so the product stays below 2^62 until it is over the limit.
      product = Math.min(product * domain.size(), (long) MAX_SIZE + 1);
    }
    if (product > MAX_SIZE) {
      throw new IllegalArgumentException(
          "a label space cannot have more than " + MAX_SIZE + " slots");
    }
    this.size = (int) product;
  }

  public static LabelSpace of(LabelDomain... domains) {
    return new LabelSpace(List.of(domains));
  }

  /** The number of slots: the worst-case number of label value combinations. */
  public int size() {
    return size;
  }

  /** The label values of {@code slot}, in label order. */
  public String[] valuesAt(int slot) {
    String[] values = new String[domains.size()];
    int rest = slot;
    for (int i = domains.size() - 1; i >= 0; i--) {
      LabelDomain domain = domains.get(i);
      values[i] = domain.valueAt(rest % domain.size());
      rest /= domain.size();
    }
    return values;
  }

  /**
   * The series of {@code slot} with its key: the index of its closed labels' values, row-major over
   * the closed labels alone in label order (as generated code computes it from the arguments), and
   * the values of its open labels, the {@link BoundedLabelValues} instances.
   */
  <R> ResolvedSeries<R> seriesAt(int slot, Function<String[], R> resolver) {
    String[] values = valuesAt(slot);
    int openCount = 0;
    for (LabelDomain domain : domains) {
      openCount += domain instanceof BoundedLabelValues ? 1 : 0;
    }
    String[] open = new String[openCount];
    int closed = 0;
    int closedStride = 1;
    boolean overflow = false;
    int rest = slot;
    for (int i = domains.size() - 1; i >= 0; i--) {
      LabelDomain domain = domains.get(i);
      int index = rest % domain.size();
      rest /= domain.size();
      if (domain instanceof BoundedLabelValues) {
        open[--openCount] = values[i];
        overflow |= index == domain.size() - 1;
      } else {
        closed += index * closedStride;
        closedStride *= domain.size();
      }
    }
    return new ResolvedSeries<>(closed, open, !overflow, resolver.apply(values));
  }

  /** Resolves every slot now: for closed label sets, so recording is a plain array read. */
  public <R> R[] resolveAll(IntFunction<R[]> newArray, Function<String[], R> resolver) {
    R[] recorders = newArray.apply(size);
    for (int slot = 0; slot < size; slot++) {
      recorders[slot] = resolver.apply(valuesAt(slot));
    }
    return recorders;
  }
}
