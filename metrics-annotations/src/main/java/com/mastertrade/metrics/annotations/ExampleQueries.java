package com.mastertrade.metrics.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Named PromQL examples, declared on an empty interface: nested in the schema, or a file of its own
 * that names the schema ({@link #schema}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ExampleQueries {
  Query[] value();

  /**
   * The schema whose metrics this declaration uses, when it is declared in a file of its own (a
   * top-level interface); left out when the declaration is nested in its schema.
   */
  Class<?> schema() default void.class;
}
