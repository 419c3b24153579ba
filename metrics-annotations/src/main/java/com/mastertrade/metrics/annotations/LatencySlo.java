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

  /** What a good event is, in one sentence, for the docs and the runbook. */
  String description();

  /** The histogram, as {@code Category.method}. */
  String histogram();

  /** The bound, in the histogram's unit, at or under which an observation is good. */
  double threshold();

  Runbook runbook();
}
