package com.mastertrade.metrics.runtime;

/**
 * One series of a metric with open labels, and the label arguments it answers: the index of its
 * closed labels' values (row-major over the closed labels alone, as generated code computes it) and
 * the exposed values of its open labels. Generated code keeps the last two series it resolved and,
 * when a call passes the same closed values and the very same {@code String} instances as one of
 * them, returns its recorder without looking anything up.
 *
 * <p>Immutable, with final fields only, so it may be handed to another thread through a plain
 * field: a thread that sees the reference sees the whole series. One exists per slot of a {@link
 * OpenLabelRecorders}, so keeping the last ones never allocates, however the values alternate.
 */
public final class ResolvedSeries<R> {
  private final int closed;
  // The first open value also in a field of its own: most metrics have one open label, and
  // generated code then compares it without reading an array (its reference, length and element).
  private final String first;
  private final String[] open;
  private final boolean reusable;
  private final R recorder;

  ResolvedSeries(int closed, String[] open, boolean reusable, R recorder) {
    this.closed = closed;
    this.first = open[0];
    this.open = open;
    this.reusable = reusable;
    this.recorder = recorder;
  }

  /** The index of the closed labels' values; 0 for a metric without closed labels. */
  public int closed() {
    return closed;
  }

  /** The exposed value of the {@code i}-th open label, in label order. */
  public String open(int i) {
    return i == 0 ? first : open[i];
  }

  /**
   * Whether a caller may keep this series for later calls. Not for a series with an overflow value:
   * every recording that overflows must pass through {@link BoundedLabelValues#indexOf}, which
   * counts it, and the {@code String} {@code "__overflow__"} passed as a value must not match the
   * overflow series by reference.
   */
  public boolean reusable() {
    return reusable;
  }

  public R recorder() {
    return recorder;
  }
}
