package com.mastertrade.metrics.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One dashboard panel. Each query is a PromQL template in which {@code {Category.method}} stands
 * for a metric of the schema ({@code {Http.requestDuration:bucket}} for a histogram's bucket
 * series, {@code :count} and {@code :sum} likewise); Grafana's {@code $__rate_interval} and
 * template variables may be used.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Panel {
  String title();

  String description() default "";

  PanelType type() default PanelType.TIMESERIES;

  /** Grafana's unit id, for example {@code s}, {@code percentunit}, {@code reqps}. */
  String unit() default "short";

  /** One or more queries, each drawn as its own series. */
  String[] expr();

  /** A legend per query (Grafana's {@code {{label}}} syntax), or none at all. */
  String[] legend() default {};

  /** Width in Grafana's 24-column grid. */
  int width() default 12;

  int height() default 8;
}
