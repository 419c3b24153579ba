package com.mastertrade.metrics.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Where alerts go and what they link to, declared on an empty interface nested in the schema. The
 * processor writes the Alertmanager configuration from it: routes by severity, grouping by alert
 * name and job, inhibition, and receivers posting to {@link #receiverJob}'s webhook.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Alerting {
  /** The scrape job of the service that receives Alertmanager's webhook. */
  String receiverJob();

  /** The path of that service's webhook. */
  String receiverPath() default "/alertmanager";

  /**
   * A file, relative to the Alertmanager configuration, holding the bearer token the receiver
   * requires; empty when it requires none. The token itself never enters the generated file.
   */
  String receiverCredentialsFile() default "";

  /** The alert that says a job is down: it silences every other alert of the same job. */
  String serviceDownAlert();

  /** The base URL of the runbook pages; the alert name and {@code .md} are appended. */
  String runbookBaseUrl();

  /** The base URL of Grafana; {@code /d/<uid>} is appended. */
  String dashboardBaseUrl();

  /**
   * The schema whose metrics this declaration uses, when it is declared in a file of its own (a
   * top-level interface); left out when the declaration is nested in its schema.
   */
  Class<?> schema() default void.class;
}
