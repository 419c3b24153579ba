package com.mastertrade.metrics.processor.slo;

import java.util.List;
import java.util.Locale;

/**
 * How long Prometheus must keep samples for the SLOs' long-window rules: their longest compliance
 * window, which {@code slo:period_burn_rate:ratio} reads back, plus a day. The day covers the
 * rate windows that reach past the window's start and a restart's or a slow compaction's lag.
 */
public final class Retention {
  /** Days kept beyond the longest compliance window. */
  public static final int MARGIN_DAYS = 1;

  private Retention() {}

  /** The days {@code slo} needs kept. */
  public static int days(ResolvedSlo slo) {
    return slo.complianceDays() + MARGIN_DAYS;
  }

  /** The days every SLO of the list needs kept; 0 without SLOs. */
  public static int days(List<ResolvedSlo> slos) {
    return slos.stream().mapToInt(Retention::days).max().orElse(0);
  }

  /** As Prometheus' {@code --storage.tsdb.retention.time} and the Operator's {@code retention}. */
  public static String duration(int days) {
    return String.format(Locale.ROOT, "%dd", days);
  }
}
