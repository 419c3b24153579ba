package com.mastertrade.metrics.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A recording rule: {@code expr} (a template, as in {@link Panel#expr()}) stored as {@code record}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface RecordingRule {
  /** The recorded series name, by convention {@code level:metric:operations}. */
  String record();

  String expr();
}
