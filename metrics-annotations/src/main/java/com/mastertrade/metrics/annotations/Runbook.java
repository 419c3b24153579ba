package com.mastertrade.metrics.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What the on-call engineer reads when an alert fires, written next to the alert so that it cannot
 * go missing: the processor generates a runbook page from it and links the alert to that page and
 * to the first of {@link #dashboards}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Runbook {
  /** What the alert means for the service and its users. */
  String meaning();

  /** The likely causes, most likely first. */
  String[] causes();

  /**
   * What to do to stop the harm while the cause is found, in order, e.g. {@code "Roll back the
   * last deploy"}: the runbook page lists them after the causes. Each step says something.
   */
  String[] mitigations() default {};

  /** The first things to look at, as PromQL. */
  RunbookCheck[] checks();

  /** The uids of the dashboards to open, the most useful first. */
  String[] dashboards();
}
