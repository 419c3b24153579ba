package com.mastertrade.metrics.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An availability objective: the share of a counter's events that are good. The bad events are
 * those whose label of enum type {@link #badType} takes one of the constants {@link #bad}; the
 * processor checks that the counter has exactly one label of that enum and that each constant is
 * one of it. For example {@code events = "Http.requests", badType = HttpStatusClass.class, bad =
 * "SERVER_ERROR"}.
 *
 * <p>The constants are named rather than typed because an annotation attribute cannot have the type
 * of an enum of the schema (annotations cannot be generic): the class literal makes javac resolve
 * the enum, and the processor checks the names against its constants, so a renamed constant is a
 * compile error naming the constants there are.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface AvailabilitySlo {
  /** The SLO's name in snake case, e.g. {@code gateway_availability}: its {@code slo} label. */
  String name();

  /** The owning service: a job of the scrape configuration, whose events the SLO counts. */
  String service();

  /** The target share of good events in percent, strictly between 0 and 100, e.g. 99.5. */
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

  /** The counter of all events, as {@code Category.method}. */
  String events();

  /** The enum type of the label that tells bad events from good ones. */
  Class<? extends Enum<?>> badType();

  /** The constants of {@link #badType} that make an event bad. */
  String[] bad();

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
