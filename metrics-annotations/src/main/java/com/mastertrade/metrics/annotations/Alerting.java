package com.mastertrade.metrics.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Where alerts go and what they link to, declared on an empty interface nested in the schema. The
 * processor writes the Alertmanager configuration from it: grouping by alert name and job,
 * inhibition, every alert posted to {@link #receiverJob}'s webhook (which stores and counts it) and
 * to the people's {@link #receivers} their {@link #routes} name, with notification templates.
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

  /**
   * The alert that says an instance is down (it fires per instance, e.g. {@code up == 0}): it
   * silences the other alerts of the same instance, never the job's alerts without an instance.
   */
  String serviceDownAlert();

  /**
   * The alert that says every instance of a job is down (e.g. {@code max by (job) (up) == 0}): it
   * silences every other alert of the job, SLO pages included. Empty, the default, for none.
   */
  String jobDownAlert() default "";

  /** The base URL of the runbook pages; the alert name and {@code .md} are appended. */
  String runbookBaseUrl();

  /** The base URL of Grafana; {@code /d/<uid>} is appended. */
  String dashboardBaseUrl();

  /**
   * The base URL of the Zipkin server whose traces the exemplars name; the runbook pages of latency
   * SLOs link to the service's trace search, {@code /zipkin/?serviceName=<job>} appended. Empty,
   * the default, for no trace links.
   */
  String traceSearchBaseUrl() default "";

  /** The people's channels: PagerDuty, Slack, e-mail or a webhook. */
  Receiver[] receivers() default {};

  /**
   * Which alerts reach which receiver. With receivers declared, every alert must reach at least one.
   */
  AlertRoute[] routes() default {};

  /**
   * The {@link Receiver} (a {@link ReceiverKind#WEBHOOK}) of a dead man's switch, such as
   * healthchecks.io or Dead Man's Snitch, that raises its own alarm when the heartbeat stops. The
   * processor then adds the always-firing {@code Watchdog} alert, routed to this receiver alone
   * once a minute; no other alert may be routed to it. Required once {@link #receivers} are
   * declared: without it nobody learns that Prometheus or Alertmanager stopped.
   */
  String watchdogReceiver() default "";

  /**
   * The schema whose metrics this declaration uses, when it is declared in a file of its own (a
   * top-level interface); left out when the declaration is nested in its schema.
   */
  Class<?> schema() default void.class;
}
