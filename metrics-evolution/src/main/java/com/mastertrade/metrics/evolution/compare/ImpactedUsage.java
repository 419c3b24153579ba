package com.mastertrade.metrics.evolution.compare;

import com.mastertrade.metrics.evolution.snapshot.UsageKind;
import java.util.Comparator;

/**
 * A panel, rule, SLO or query that reads a changed element.
 *
 * @param name {@code Dashboard / Panel} for panels, else the declaration's name
 * @param inBaseline whether the baseline declares it reading the element
 * @param inCurrent whether the current schema declares it reading the element
 */
public record ImpactedUsage(UsageKind kind, String name, boolean inBaseline, boolean inCurrent)
    implements Comparable<ImpactedUsage> {

  private static final Comparator<ImpactedUsage> ORDER =
      Comparator.comparing(ImpactedUsage::kind).thenComparing(ImpactedUsage::name);

  /** {@code baseline and current}, {@code baseline only} or {@code current only}. */
  public String sides() {
    if (inBaseline && inCurrent) {
      return "baseline and current";
    }
    return inBaseline ? "baseline only" : "current only";
  }

  @Override
  public int compareTo(ImpactedUsage other) {
    return ORDER.compare(this, other);
  }
}
