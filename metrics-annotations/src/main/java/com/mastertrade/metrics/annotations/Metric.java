package com.mastertrade.metrics.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a metric. The method's return type says its type ({@code CounterRecorder}, {@code
 * GaugeRecorder}, {@code HistogramRecorder}, {@code SummaryRecorder}, {@code InfoRecorder}); its
 * parameters are its labels.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Metric {
  /** The HELP text: what is measured, in one sentence. Required. */
  String help();

  /**
   * The name without namespace and without the counter's {@code _total} suffix. Defaults to the
   * category prefix and the method name in snake case, followed by the unit.
   */
  String name() default "";

  /**
   * A base unit ({@code seconds}, {@code bytes}, {@code ratio}, ...) or a currency such as {@code
   * usd}; the name must end with it.
   */
  String unit() default "";

  /**
   * Names this metric was exposed under before, newest first, without namespace and {@code _total}
   * like {@link #name()}: a declared rename. The compatibility check then reports the rename as
   * accepted, and its impact; keep the former name until the baseline schema no longer has it.
   */
  String[] formerly() default {};

  /**
   * Whether observations carry the current span's trace and span id as exemplars; by default on
   * for a histogram in {@code seconds} only. See {@link Exemplars}.
   */
  Exemplars exemplars() default Exemplars.DEFAULT;
}
