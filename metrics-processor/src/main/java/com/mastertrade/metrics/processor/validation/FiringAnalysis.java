package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.processor.promql.syntax.BinaryOperator;
import com.mastertrade.metrics.processor.promql.syntax.Expr;
import com.mastertrade.metrics.processor.promql.syntax.ValueType;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Whether an alert's expression can have a result at the minute its rule test evaluates it, by
 * abstract evaluation of its tree: each node is known to be empty, may have series or must have
 * some, with bounds on its values. Constants, {@code vector()}, {@code absent()} (always 1),
 * {@code count} (at least 1), bool comparisons (0 or 1), clamps and interval arithmetic give
 * bounds; a comparison whose sides' bounds never satisfy it is empty; {@code and}, aggregations and
 * functions of an empty vector are empty. Selectors read the test's input series: the series of the
 * test that match the selector's name and matchers, with their last sample in the 5m lookback (or
 * any sample in a range). Anything else (offsets, subqueries, recorded series, values of a
 * function over a range) is unknown, so "empty" is only concluded where it is certain.
 */
final class FiringAnalysis {
  /** What a selector selects in the test, at the evaluated minute. */
  interface Inputs {
    /**
     * The selected series' values at the evaluation (range 0) or their samples in the range, or
     * null when the selector is not decidable from the test (a recorded series, an offset).
     */
    Selection select(Expr.VectorSelector selector, long rangeSeconds);
  }

  /** A decided selection: whether a sample was found, and the instant values' bounds. */
  record Selection(boolean found, double lo, double hi, boolean nan, String describe) {}

  /** Why a node is empty: the node, and the reason, and whether the test's series decide it. */
  record Empty(Expr node, String reason, boolean fromTest) {}

  /** The abstract value of a node. */
  record Value(boolean may, boolean must, double lo, double hi, boolean nan, Empty empty) {
    static final Value TOP =
        new Value(true, false, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, true, null);

    static Value empty(Empty why) {
      return new Value(false, false, 0, 0, false, why);
    }

    static Value of(double lo, double hi, boolean must) {
      return new Value(true, must, lo, hi, false, null);
    }

    Value bounds(double newLo, double newHi, boolean newNan) {
      return new Value(may, must, newLo, newHi, newNan, empty);
    }

    Value mayBeAbsent() {
      return new Value(may, false, lo, hi, nan, empty);
    }
  }

  /** Functions whose result is at least 0. */
  private static final Set<String> NON_NEGATIVE =
      Set.of("abs", "sqrt", "exp", "changes", "resets", "count_over_time", "present_over_time");

  private final Inputs inputs;
  private final String template;

  FiringAnalysis(Inputs inputs, String template) {
    this.inputs = inputs;
    this.template = template;
  }

  Value of(Expr expr) {
    if (expr instanceof Expr.NumberLiteral n) {
      return Double.isNaN(n.value()) ? Value.TOP : Value.of(n.value(), n.value(), true);
    } else if (expr instanceof Expr.Paren p) {
      return of(p.expr());
    } else if (expr instanceof Expr.Unary u) {
      Value v = of(u.expr());
      return u.negative() && v.may() ? v.bounds(-v.hi(), -v.lo(), v.nan()) : v;
    } else if (expr instanceof Expr.VectorSelector s) {
      return selector(s, 0, s);
    } else if (expr instanceof Expr.MatrixSelector m) {
      return m.range().variable().isPresent()
          ? Value.TOP
          : selector(m.selector(), Math.max(1, m.range().millis() / 1000), m);
    } else if (expr instanceof Expr.Call c) {
      return call(c);
    } else if (expr instanceof Expr.Aggregation a) {
      return aggregation(a);
    } else if (expr instanceof Expr.Binary b) {
      return binary(b);
    }
    return Value.TOP; // a string, a subquery
  }

  private Value selector(Expr.VectorSelector selector, long range, Expr node) {
    Selection selection = inputs.select(selector, range);
    if (selection == null) {
      return Value.TOP;
    }
    if (!selection.found()) {
      return Value.empty(new Empty(node, selection.describe(), true));
    }
    boolean instant = range == 0;
    return new Value(true, true, instant ? selection.lo() : Double.NEGATIVE_INFINITY,
        instant ? selection.hi() : Double.POSITIVE_INFINITY, !instant || selection.nan(), null);
  }

  private Value call(Expr.Call call) {
    String name = call.function().name();
    List<Value> args = call.args().stream().map(this::of).toList();
    switch (name) {
      case "vector":
        return Value.of(args.get(0).lo(), args.get(0).hi(), true)
            .bounds(args.get(0).lo(), args.get(0).hi(), args.get(0).nan());
      case "time":
        return Value.of(0, Double.POSITIVE_INFINITY, true);
      case "absent", "absent_over_time":
        Value arg = args.get(0);
        if (arg.must()) {
          boolean fromTest = hasSelector(call.args().get(0));
          return Value.empty(new Empty(call, "its argument " + text(call.args().get(0)) + " has "
              + (fromTest ? "a sample of the test's series then" : "a value at every evaluation"),
              fromTest));
        }
        return Value.of(1, 1, !arg.may());
      default:
        break;
    }
    // Any other function of an empty vector (or range) is empty.
    for (int i = 0; i < args.size(); i++) {
      ValueType type = call.args().get(i).type();
      if ((type == ValueType.INSTANT_VECTOR || type == ValueType.RANGE_VECTOR) && !args.get(i).may()) {
        return Value.empty(args.get(i).empty());
      }
    }
    Value first = args.isEmpty() ? Value.TOP : args.get(0);
    return switch (name) {
      case "clamp" -> clamp(call, first, args.get(1), args.get(2));
      case "clamp_min" -> first.mayBeAbsent().bounds(Math.max(first.lo(), args.get(1).lo()),
          Math.max(first.hi(), args.get(1).hi()), first.nan() || args.get(1).nan());
      case "clamp_max" -> first.mayBeAbsent().bounds(Math.min(first.lo(), args.get(1).lo()),
          Math.min(first.hi(), args.get(1).hi()), first.nan() || args.get(1).nan());
      case "label_replace", "label_join" -> first;
      case "sgn" -> first.mayBeAbsent().bounds(-1, 1, first.nan());
      default -> NON_NEGATIVE.contains(name)
          ? Value.TOP.bounds(0, Double.POSITIVE_INFINITY, true)
          : Value.TOP;
    };
  }

  private Value clamp(Expr.Call call, Value v, Value min, Value max) {
    if (min.lo() > max.hi()) {
      return Value.empty(new Empty(call, String.format(Locale.ROOT,
          "its minimum is at least %s and its maximum at most %s, and clamp() with min > max is"
              + " empty", number(min.lo()), number(max.hi())), false));
    }
    return v.mayBeAbsent().bounds(Math.max(v.lo(), min.lo()), Math.min(v.hi(), max.hi()),
        v.nan() || min.nan() || max.nan());
  }

  private Value aggregation(Expr.Aggregation aggregation) {
    Value v = of(aggregation.expr());
    if (!v.may()) {
      return v;
    }
    double inf = Double.POSITIVE_INFINITY;
    return switch (aggregation.op()) {
      case COUNT -> Value.of(1, inf, v.must());
      case GROUP -> Value.of(1, 1, v.must());
      case STDDEV, STDVAR -> Value.of(0, inf, v.must()).bounds(0, inf, true);
      case SUM -> new Value(true, v.must(), v.lo() >= 0 ? v.lo() : -inf, v.hi() <= 0 ? v.hi() : inf,
          true, null);
      case AVG, MIN, MAX -> v;
      case TOPK, BOTTOMK, LIMITK, LIMIT_RATIO -> v.mayBeAbsent();
      default -> Value.TOP;
    };
  }

  private Value binary(Expr.Binary binary) {
    Value l = of(binary.lhs());
    Value r = of(binary.rhs());
    BinaryOperator op = binary.op();
    if (op.isSet()) {
      return switch (op) {
        case AND -> !l.may() ? l : !r.may() ? Value.empty(r.empty()) : l.mayBeAbsent();
        case OR -> !l.may() && !r.may() ? l
            : new Value(true, l.must() || r.must(), Math.min(l.lo(), r.lo()),
                Math.max(l.hi(), r.hi()), l.nan() || r.nan(), null);
        default -> l.mayBeAbsent(); // unless
      };
    }
    if (!l.may()) {
      return l;
    }
    if (!r.may()) {
      return r;
    }
    boolean scalarSide =
        binary.lhs().type() == ValueType.SCALAR || binary.rhs().type() == ValueType.SCALAR;
    boolean must = l.must() && r.must() && scalarSide;
    if (op.isComparison()) {
      if (binary.returnBool()) {
        return Value.of(0, 1, must);
      }
      if (!canHold(op, l, r)) {
        return Value.empty(new Empty(binary, String.format(Locale.ROOT,
            "its left side is %s and its right side %s, so %s never holds", range(l), range(r),
            op.symbol()), hasSelector(binary.lhs()) || hasSelector(binary.rhs())));
      }
      Value kept = binary.lhs().type() == ValueType.SCALAR ? r : l;
      return kept.mayBeAbsent();
    }
    Value result = switch (op) {
      case ADD -> arithmetic(l, r, Double::sum);
      case SUB -> arithmetic(l, r, (a, b) -> a - b);
      default -> Value.TOP;
    };
    return must ? result : result.mayBeAbsent();
  }

  /** {@code +} and {@code -}: monotone in each side, so the extreme bounds give the range. */
  private static Value arithmetic(Value l, Value r, BiFunction<Double, Double, Double> f) {
    double a = f.apply(l.lo(), r.lo());
    double b = f.apply(l.hi(), r.hi());
    double c = f.apply(l.lo(), r.hi());
    double d = f.apply(l.hi(), r.lo());
    double lo = Math.min(Math.min(a, b), Math.min(c, d));
    double hi = Math.max(Math.max(a, b), Math.max(c, d));
    boolean nan = l.nan() || r.nan() || Double.isNaN(lo) || Double.isNaN(hi)
        || Double.isInfinite(lo) || Double.isInfinite(hi);
    return Double.isNaN(lo) || Double.isNaN(hi)
        ? Value.TOP
        : new Value(true, true, lo, hi, nan, null);
  }

  /** Whether some values within the bounds satisfy the comparison; NaN satisfies only !=. */
  private static boolean canHold(BinaryOperator op, Value l, Value r) {
    return switch (op) {
      case GREATER -> l.hi() > r.lo();
      case GREATER_OR_EQUAL -> l.hi() >= r.lo();
      case LESS -> l.lo() < r.hi();
      case LESS_OR_EQUAL -> l.lo() <= r.hi();
      case EQUAL -> l.lo() <= r.hi() && r.lo() <= l.hi();
      default -> l.nan() || r.nan() || !(l.lo() == l.hi() && r.lo() == r.hi() && l.lo() == r.lo());
    };
  }

  private static boolean hasSelector(Expr expr) {
    if (expr instanceof Expr.VectorSelector || expr instanceof Expr.MatrixSelector) {
      return true;
    } else if (expr instanceof Expr.Subquery q) {
      return hasSelector(q.expr());
    } else if (expr instanceof Expr.Call c) {
      return c.args().stream().anyMatch(FiringAnalysis::hasSelector);
    } else if (expr instanceof Expr.Aggregation a) {
      return hasSelector(a.expr());
    } else if (expr instanceof Expr.Binary b) {
      return hasSelector(b.lhs()) || hasSelector(b.rhs());
    } else if (expr instanceof Expr.Unary u) {
      return hasSelector(u.expr());
    } else if (expr instanceof Expr.Paren p) {
      return hasSelector(p.expr());
    }
    return false;
  }

  private static String range(Value v) {
    if (v.lo() == v.hi()) {
      return number(v.lo());
    }
    if (v.lo() == Double.NEGATIVE_INFINITY) {
      return "at most " + number(v.hi());
    }
    if (v.hi() == Double.POSITIVE_INFINITY) {
      return "at least " + number(v.lo());
    }
    return "between " + number(v.lo()) + " and " + number(v.hi());
  }

  static String number(double value) {
    return value == Math.rint(value) && !Double.isInfinite(value)
        ? String.format(Locale.ROOT, "%d", (long) value)
        : String.format(Locale.ROOT, "%s", value);
  }

  /** The node as written in the template. */
  String text(Expr node) {
    return template.substring(node.start(), node.end());
  }
}
