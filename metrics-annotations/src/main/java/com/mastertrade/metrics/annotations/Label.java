package com.mastertrade.metrics.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Overrides the label name, which defaults to the parameter name in snake case, or declares the
 * names the label had before.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Label {
  /** The label name; empty for the parameter name in snake case. */
  String value() default "";

  /**
   * Names this label had before, newest first: a declared rename, which the compatibility check
   * reports as accepted, with its impact.
   */
  String[] formerly() default {};
}
