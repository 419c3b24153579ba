package com.mastertrade.metrics.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One input series of an alert test: a selector with every label set (a template, so {@code
 * {Category.method}{label="value"}} is checked like any query), and promtool's expanding notation
 * for its values, e.g. {@code 0+10x30}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface TestSeries {
  String series();

  String firing();

  String quiet();
}
