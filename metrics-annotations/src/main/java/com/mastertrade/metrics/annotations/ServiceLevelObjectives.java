package com.mastertrade.metrics.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The service level objectives of a schema, declared on an empty interface nested in it. Each
 * becomes SLI recording rules over the windows 5m, 30m, 1h, 2h, 6h, 1d and 3d, its error budget
 * remaining over the compliance window, a page and a ticket alert on the multi-window burn rates of
 * the SRE workbook, their rule tests, panels of the SLO dashboard and runbook pages.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ServiceLevelObjectives {
  AvailabilitySlo[] availability() default {};

  LatencySlo[] latency() default {};

  /**
   * The schema whose metrics this declaration uses, when it is declared in a file of its own (a
   * top-level interface); left out when the declaration is nested in its schema.
   */
  Class<?> schema() default void.class;
}
