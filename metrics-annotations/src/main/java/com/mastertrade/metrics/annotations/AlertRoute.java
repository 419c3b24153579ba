package com.mastertrade.metrics.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Sends the alerts that match every given condition to a {@link Receiver}; a condition left empty
 * matches any alert. Routes add up: an alert reaches every receiver whose route matches it, and the
 * receiving job's webhook besides.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface AlertRoute {
  /** The {@link Receiver#name()} of a receiver declared in the same {@link Alerting}. */
  String receiver();

  /** The severities this route takes. */
  Severity[] severities() default {};

  /** The scrape jobs (services) whose alerts this route takes. */
  String[] jobs() default {};

  /** The SLOs whose burn-rate alerts this route takes. */
  String[] slos() default {};

  /** The alerts this route takes, by name. */
  String[] alerts() default {};
}
