package com.mastertrade.metrics.processor.promql.syntax;

import java.util.Optional;

/** The {@code offset} and {@code @} of a selector or subquery. */
public record TimeModifiers(Optional<PromqlDuration> offset, Optional<At> at) {
  public static final TimeModifiers NONE = new TimeModifiers(Optional.empty(), Optional.empty());

  /** {@code @ 1609746000}, {@code @ start()} or {@code @ end()}. */
  public record At(Kind kind, double timestamp) {
    /** What the {@code @} names. */
    public enum Kind {
      TIMESTAMP,
      START,
      END
    }
  }

  boolean isEmpty() {
    return offset.isEmpty() && at.isEmpty();
  }

  TimeModifiers withOffset(PromqlDuration duration) {
    return new TimeModifiers(Optional.of(duration), at);
  }

  TimeModifiers withAt(At value) {
    return new TimeModifiers(offset, Optional.of(value));
  }
}
