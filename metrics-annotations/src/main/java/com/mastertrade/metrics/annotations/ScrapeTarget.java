package com.mastertrade.metrics.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** One service that serves its metrics at {@code path}, {@code /metrics} unless it says. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface ScrapeTarget {
  /** The job name, the service's name. */
  String job();

  String host() default "127.0.0.1";

  int port();

  /**
   * The path of the exposition: {@code /actuator/prometheus} for a Spring Boot application. Used
   * by the scrape config and the ServiceMonitor.
   */
  String path() default "/metrics";

  /** {@code http} or {@code https}. */
  String scheme() default "http";
}
