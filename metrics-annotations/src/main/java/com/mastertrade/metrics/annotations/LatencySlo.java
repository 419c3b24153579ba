package com.mastertrade.metrics.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A latency objective: the share of a histogram's observations at or under {@link #threshold}. The
 * threshold must be one of the histogram's bucket bounds, since Prometheus can count the
 * observations under a bound exactly and under any other value only by interpolation.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface LatencySlo {
  /** The SLO's name in snake case, e.g. {@code gateway_latency}: its {@code slo} label. */
  String name();

  /** The owning service: a job of the scrape configuration, whose observations the SLO counts. */
  String service();

  /** The target share of observations at or under the threshold, in percent, e.g. 99. */
  double objective();

  ComplianceWindow window() default ComplianceWindow.DAYS_30;

  /**
   * The fewest events a burn-rate condition's long window must hold before the condition can fire,
   * so that one failure at low traffic does not page. {@link #DERIVED_MIN_EVENTS}, the
   * default, derives it per condition from the objective: as many events as keep one bad event
   * alone under the condition's threshold (70 in 1h for 99.9% over 30 days). Positive when set.
   */
  long minEvents() default DERIVED_MIN_EVENTS;

  /** The value of {@link #minEvents} that asks for the minimum derived from the objective. */
  long DERIVED_MIN_EVENTS = 0;

  /** What a good event is, in one sentence, for the docs and the runbook. */
  String description();

  /** The histogram, as {@code Category.method}. */
  String histogram();

  /** The bound, in the histogram's unit, at or under which an observation is good. */
  double threshold();

  /**
   * Declared alerts that page for this SLO's events, e.g. an error-rate alert of its job: while the
   * SLO's page fires, Alertmanager silences them for the SLO's job, so one incident pages once.
   */
  String[] inhibits() default {};

  /**
   * Declared alerts that page for this SLO's events and are routed as tickets for the SLO's job
   * instead: the SLO pages for them there, and they still page for other jobs.
   */
  String[] demotes() default {};

  Runbook runbook();
}
