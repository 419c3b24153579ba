package com.mastertrade.metrics.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The bound of an open {@code String} label: at most this many distinct values are kept; any
 * further value is recorded under {@code __overflow__} and counted in the schema's label overflow
 * counter.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface MaxValues {
  int value();
}
