package com.mastertrade.metrics.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** One service that serves {@code /metrics}. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface ScrapeTarget {
  /** The job name, the service's name. */
  String job();

  String host() default "127.0.0.1";

  int port();
}
