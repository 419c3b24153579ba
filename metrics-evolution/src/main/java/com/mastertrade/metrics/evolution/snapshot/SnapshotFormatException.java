package com.mastertrade.metrics.evolution.snapshot;

import java.util.List;

/** A file that is not a schema snapshot of this format: where, and every violation. */
public final class SnapshotFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<String> violations;

  public SnapshotFormatException(String source, List<String> violations) {
    super(source + " is not a valid schema snapshot:\n  " + String.join("\n  ", violations));
    this.violations = List.copyOf(violations);
  }

  public List<String> violations() {
    return violations;
  }
}
