package com.mastertrade.metrics.evolution.compare;

import com.mastertrade.metrics.evolution.snapshot.AcceptedBreakSnapshot;
import java.util.List;

/**
 * Every difference between a baseline schema and the current one, breaking first.
 *
 * @param unusedAcceptedBreaks accepted-break entries of the current schema that match no change:
 *     left over from an earlier baseline, or misspelt
 */
public record CompatibilityReport(
    String baselineSchema,
    String currentSchema,
    List<Change> changes,
    List<AcceptedBreakSnapshot> unusedAcceptedBreaks) {

  public CompatibilityReport {
    changes = List.copyOf(changes);
    unusedAcceptedBreaks = List.copyOf(unusedAcceptedBreaks);
  }

  public List<Change> withStatus(ChangeStatus status) {
    return changes.stream().filter(c -> c.status() == status).toList();
  }

  /** Whether the build may pass: no breaking change is left unacknowledged. */
  public boolean passed() {
    return withStatus(ChangeStatus.BREAKING).isEmpty();
  }
}
