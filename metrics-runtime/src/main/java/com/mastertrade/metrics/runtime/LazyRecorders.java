package com.mastertrade.metrics.runtime;

import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * Recorders resolved on first use, one per slot of a {@link LabelSpace} of closed labels. Used
 * where a series must not exist before it is recorded: gauges (a zero gauge would claim a value
 * nobody set). Metrics with open labels use {@link OpenLabelRecorders}. After the first use a
 * recording is an array read.
 */
public final class LazyRecorders<R> {
  private final LabelSpace space;
  private final Function<String[], R> resolver;
  private final AtomicReferenceArray<R> slots;

  public LazyRecorders(LabelSpace space, Function<String[], R> resolver) {
    this.space = space;
    this.resolver = resolver;
    this.slots = new AtomicReferenceArray<>(space.size());
  }

  public R get(int slot) {
    R recorder = slots.get(slot);
    return recorder != null ? recorder : resolve(slot);
  }

  private R resolve(int slot) {
    // Two threads may race here; client_java returns the same data point for the same label
    // values, so both recorders are equivalent and either may win.
    R recorder = resolver.apply(space.valuesAt(slot));
    return slots.compareAndSet(slot, null, recorder) ? recorder : slots.get(slot);
  }
}
