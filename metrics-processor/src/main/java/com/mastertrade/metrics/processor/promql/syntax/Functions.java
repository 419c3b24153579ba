package com.mastertrade.metrics.processor.promql.syntax;

import static com.mastertrade.metrics.processor.promql.syntax.PrometheusVersion.V2_42;
import static com.mastertrade.metrics.processor.promql.syntax.PrometheusVersion.V3_5;
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
 * Every function of PromQL in the Prometheus versions the processor targets, as each defines it:
 * parameters, optional and repeated ones, the result type, the version that added it, the one that
 * removed it ({@code holt_winters}, renamed in 3.0) and whether Prometheus 3 keeps it behind
 * {@code --enable-feature=promql-experimental-functions}. A target knows exactly the functions its
 * promtool knows.
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
    BY_NAME.put(
        "holt_winters",
        new Function(
            "holt_winters",
            List.of(RANGE_VECTOR, SCALAR, SCALAR),
            0,
            INSTANT_VECTOR,
            V2_42,
            Optional.of(V3_5),
            false));
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
    // Prometheus 3.5: the histogram statistics of native histograms.
    for (String name : List.of("histogram_avg", "histogram_stddev", "histogram_stdvar")) {
      since3(name, List.of(INSTANT_VECTOR), 0, false);
    }
    // Prometheus 3.5, behind promql-experimental-functions.
    since3(
        "double_exponential_smoothing", List.of(RANGE_VECTOR, SCALAR, SCALAR), 0, true);
    since3("info", List.of(INSTANT_VECTOR, INSTANT_VECTOR), 1, true);
    for (String name :
        List.of(
            "mad_over_time", "ts_of_last_over_time", "ts_of_max_over_time", "ts_of_min_over_time")) {
      since3(name, List.of(RANGE_VECTOR), 0, true);
    }
    for (String name : List.of("sort_by_label", "sort_by_label_desc")) {
      since3(name, List.of(INSTANT_VECTOR, STRING), -1, true);
    }
  }

  private Functions() {}

  /** The function of that name in any version, whether {@code target} has it or not. */
  public static Optional<Function> named(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  /** The function of that name that {@code target} can call. */
  public static Optional<Function> named(String name, PromqlTarget target) {
    return named(name).filter(f -> f.callableIn(target));
  }

  /** Every function of every version, by name. */
  public static Collection<Function> all() {
    return BY_NAME.values();
  }

  /** The functions {@code target} can call, by name. */
  public static List<Function> all(PromqlTarget target) {
    return BY_NAME.values().stream().filter(f -> f.callableIn(target)).toList();
  }

  private static void add(String name, ValueType arg, int variadic, ValueType result) {
    add(name, List.of(arg), variadic, result);
  }

  private static void add(String name, List<ValueType> args, int variadic, ValueType result) {
    BY_NAME.put(
        name, new Function(name, args, variadic, result, V2_42, Optional.empty(), false));
  }

  private static void since3(
      String name, List<ValueType> args, int variadic, boolean experimental) {
    BY_NAME.put(
        name,
        new Function(
            name, args, variadic, INSTANT_VECTOR, V3_5, Optional.empty(), experimental));
  }
}
