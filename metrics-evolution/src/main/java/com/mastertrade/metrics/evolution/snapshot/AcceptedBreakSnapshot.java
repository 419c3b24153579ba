package com.mastertrade.metrics.evolution.snapshot;

/**
 * A breaking change against the baseline that the schema accepts on purpose.
 *
 * @param change the change kind, as {@code ChangeKind} names it, for example {@code
 *     BUCKETS_CHANGED}
 * @param element the changed element, as the compatibility report names it: {@code metric}, {@code
 *     metric{label}} or {@code metric{label="value"}}
 * @param reason why the break is acceptable, for the review
 */
public record AcceptedBreakSnapshot(String change, String element, String reason) {}
