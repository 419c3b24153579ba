package com.mastertrade.metrics.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A named PromQL example; {@code expr} is a template, as in {@link Panel#expr()}. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Query {
  String name();

  String description();

  String expr();
}
