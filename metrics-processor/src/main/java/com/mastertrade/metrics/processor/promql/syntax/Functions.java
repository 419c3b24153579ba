package com.mastertrade.metrics.processor.promql.syntax;

import static com.mastertrade.metrics.processor.promql.syntax.ValueType.INSTANT_VECTOR;
import static com.mastertrade.metrics.processor.promql.syntax.ValueType.RANGE_VECTOR;
import static com.mastertrade.metrics.processor.promql.syntax.ValueType.SCALAR;
import static com.mastertrade.metrics.processor.promql.syntax.ValueType.STRING;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every function of PromQL as Prometheus 2.42 (the version the build's promtool is) defines it:
 * parameters, optional and repeated ones, and the result type. Functions added in later versions
 * (for example {@code sort_by_label}) are unknown here, as promtool does not know them either.
 */
public final class Functions {
  private static final Map<String, Function> BY_NAME = new TreeMap<>();

  static {
    for (String name :
        List.of(
            "abs",
            "absent",
            "acos",
            "acosh",
            "asin",
            "asinh",
            "atan",
            "atanh",
            "ceil",
            "cos",
            "cosh",
            "deg",
            "exp",
            "floor",
            "histogram_count",
            "histogram_sum",
            "ln",
            "log10",
            "log2",
            "rad",
            "sgn",
            "sin",
            "sinh",
            "sort",
            "sort_desc",
            "sqrt",
            "tan",
            "tanh",
            "timestamp")) {
      add(name, INSTANT_VECTOR, 0, INSTANT_VECTOR);
    }
    for (String name :
        List.of(
            "absent_over_time",
            "avg_over_time",
            "changes",
            "count_over_time",
            "delta",
            "deriv",
            "idelta",
            "increase",
            "irate",
            "last_over_time",
            "max_over_time",
            "min_over_time",
            "present_over_time",
            "rate",
            "resets",
            "stddev_over_time",
            "stdvar_over_time",
            "sum_over_time")) {
      add(name, RANGE_VECTOR, 0, INSTANT_VECTOR);
    }
    // Calendar functions default to vector(time()).
    for (String name :
        List.of(
            "day_of_month",
            "day_of_week",
            "day_of_year",
            "days_in_month",
            "hour",
            "minute",
            "month",
            "year")) {
      add(name, INSTANT_VECTOR, 1, INSTANT_VECTOR);
    }
    add("clamp", List.of(INSTANT_VECTOR, SCALAR, SCALAR), 0, INSTANT_VECTOR);
    add("clamp_max", List.of(INSTANT_VECTOR, SCALAR), 0, INSTANT_VECTOR);
    add("clamp_min", List.of(INSTANT_VECTOR, SCALAR), 0, INSTANT_VECTOR);
    add("histogram_fraction", List.of(SCALAR, SCALAR, INSTANT_VECTOR), 0, INSTANT_VECTOR);
    add("histogram_quantile", List.of(SCALAR, INSTANT_VECTOR), 0, INSTANT_VECTOR);
    add("holt_winters", List.of(RANGE_VECTOR, SCALAR, SCALAR), 0, INSTANT_VECTOR);
    add(
        "label_replace",
        List.of(INSTANT_VECTOR, STRING, STRING, STRING, STRING),
        0,
        INSTANT_VECTOR);
    add("label_join", List.of(INSTANT_VECTOR, STRING, STRING, STRING), -1, INSTANT_VECTOR);
    add("pi", List.of(), 0, SCALAR);
    add("predict_linear", List.of(RANGE_VECTOR, SCALAR), 0, INSTANT_VECTOR);
    add("quantile_over_time", List.of(SCALAR, RANGE_VECTOR), 0, INSTANT_VECTOR);
    add("round", List.of(INSTANT_VECTOR, SCALAR), 1, INSTANT_VECTOR);
    add("scalar", INSTANT_VECTOR, 0, SCALAR);
    add("time", List.of(), 0, SCALAR);
    add("vector", SCALAR, 0, INSTANT_VECTOR);
  }

  private Functions() {}

  public static Optional<Function> named(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  /** All of them, by name. */
  public static Collection<Function> all() {
    return BY_NAME.values();
  }

  private static void add(String name, ValueType arg, int variadic, ValueType result) {
    add(name, List.of(arg), variadic, result);
  }

  private static void add(String name, List<ValueType> args, int variadic, ValueType result) {
    BY_NAME.put(name, new Function(name, args, variadic, result));
  }
}
