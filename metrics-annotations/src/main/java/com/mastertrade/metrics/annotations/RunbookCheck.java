package com.mastertrade.metrics.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One first check of a runbook: a PromQL template (as in {@link Panel#expr()}) and what it shows.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface RunbookCheck {
  String description();

  String expr();
}
