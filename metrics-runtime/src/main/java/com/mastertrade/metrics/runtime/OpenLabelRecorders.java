package com.mastertrade.metrics.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.function.Function;

/**
 * The series of a metric with open labels, one {@link ResolvedSeries} per slot of its {@link
 * LabelSpace}, created on first use: a series must not exist before it is recorded, and the open
 * labels' values are not known before.
 */
public final class OpenLabelRecorders<R> {
  private static final VarHandle SLOTS =
      MethodHandles.arrayElementVarHandle(ResolvedSeries[].class);

  private final LabelSpace space;
  private final Function<String[], R> resolver;
  private final ResolvedSeries<R>[] slots;

  @SuppressWarnings("unchecked")
  public OpenLabelRecorders(LabelSpace space, Function<String[], R> resolver) {
    this.space = space;
    this.resolver = resolver;
    this.slots = (ResolvedSeries<R>[]) new ResolvedSeries<?>[space.size()];
  }

  /** The series of {@code slot}, resolving it on its first use. */
  public ResolvedSeries<R> series(int slot) {
    // A plain read is enough: a series is immutable (final fields), so one seen is complete, and
    // a null that is already stale only sends this call to resolve, which reads with acquire.
    ResolvedSeries<R> series = slots[slot];
    return series != null ? series : resolve(slot);
  }

  @SuppressWarnings("unchecked")
  private ResolvedSeries<R> resolve(int slot) {
    ResolvedSeries<R> known = (ResolvedSeries<R>) SLOTS.getAcquire(slots, slot);
    if (known != null) {
      return known;
    }
    // Two threads may race here; client_java returns the same data point for the same label
    // values, so both series are equivalent, and the first one stored is the only one kept. After
    // its own exchange a thread cannot read null from the slot again, so recording allocates
    // nothing once each thread has resolved a slot.
    ResolvedSeries<R> series = space.seriesAt(slot, resolver);
    Object witness = SLOTS.compareAndExchange(slots, slot, null, series);
    return witness == null ? series : (ResolvedSeries<R>) witness;
  }
}
