package com.mastertrade.metrics.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A dashboard template variable over a closed (enum or boolean) label: its values are the label's
 * domain, known at compile time. Panels select with {@code {label=~"$label"}}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Variable {
  /** The metric that has the label, as {@code Category.method}. */
  String metric();

  /** The label name, which is also the variable's name. */
  String label();
}
