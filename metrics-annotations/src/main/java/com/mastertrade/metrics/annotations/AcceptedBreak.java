package com.mastertrade.metrics.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Accepts one breaking change against the baseline schema, on purpose and with a reason: the
 * compatibility check then reports it as accepted instead of failing the build. Written on the
 * schema interface; remove it once the baseline has moved past the change.
 *
 * <pre>
 * &#64;AcceptedBreak(
 *     change = SchemaChange.BUCKETS_CHANGED,
 *     element = "mastertrade_trading_order_fill_duration_seconds",
 *     reason = "finer buckets under 10 ms; fill-time quantiles restart")
 * </pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(AcceptedBreaks.class)
public @interface AcceptedBreak {
  SchemaChange change();

  /**
   * The changed element as the compatibility report names it: {@code metric}, {@code metric{label}}
   * or {@code metric{label="value"}}, with the metric's family name (no {@code _total}), or {@code
   * recording rule <series>}.
   */
  String element();

  /** Why the break is acceptable: who was told, what restarts. */
  String reason();
}
