package com.mastertrade.metrics.processor.promql.syntax;

import com.mastertrade.metrics.processor.promql.syntax.Expr.Aggregation;
import com.mastertrade.metrics.processor.promql.syntax.Expr.Binary;
import com.mastertrade.metrics.processor.promql.syntax.Expr.Call;
import com.mastertrade.metrics.processor.promql.syntax.Expr.MatrixSelector;
import com.mastertrade.metrics.processor.promql.syntax.Expr.Paren;
import com.mastertrade.metrics.processor.promql.syntax.Expr.Subquery;
import com.mastertrade.metrics.processor.promql.syntax.Expr.Unary;
import com.mastertrade.metrics.processor.promql.syntax.Expr.VectorSelector;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checks Prometheus makes on a parsed tree: argument types and counts, operand types of
 * operators, {@code bool} and set-operator rules, selectors that select something. Returns the tree
 * with each binary operation's vector matching as Prometheus evaluates it: none when a side is a
 * scalar, many-to-many for set operators.
 */
final class TypeChecker {
  private final BinaryRules binaryRules;

  TypeChecker(String input) {
    this.binaryRules = new BinaryRules(input);
  }

  Expr check(Expr expr) {
    if (expr instanceof Aggregation a) {
      Expr inner = expect(a.expr(), ValueType.INSTANT_VECTOR, "aggregation expression");
      Optional<Expr> param =
          a.param().map(p -> expect(p, a.op().paramType().orElseThrow(), "aggregation parameter"));
      return new Aggregation(a.op(), param, inner, a.grouping(), a.start(), a.end());
    }
    if (expr instanceof Binary b) {
      return binaryRules.check(b, check(b.lhs()), check(b.rhs()));
    }
    if (expr instanceof Call c) {
      return call(c);
    }
    if (expr instanceof Paren p) {
      return new Paren(check(p.expr()), p.start(), p.end());
    }
    if (expr instanceof Unary u) {
      Expr inner = check(u.expr());
      if (inner.type() != ValueType.SCALAR && inner.type() != ValueType.INSTANT_VECTOR) {
        throw new PromqlSyntaxException(
            PromqlSyntaxException.Kind.TYPE,
            u.start(),
            "unary expression only allowed on expressions of type scalar or instant vector, got \""
                + inner.type().documented()
                + "\"");
      }
      return new Unary(u.negative(), inner, u.start(), u.end());
    }
    if (expr instanceof Subquery q) {
      Expr inner = check(q.expr());
      if (inner.type() != ValueType.INSTANT_VECTOR) {
        throw new PromqlSyntaxException(
            PromqlSyntaxException.Kind.TYPE,
            q.start(),
            "subquery is only allowed on instant vector, got "
                + inner.type().internal()
                + " instead");
      }
      return new Subquery(inner, q.range(), q.step(), q.modifiers(), q.start(), q.end());
    }
    if (expr instanceof MatrixSelector m) {
      selector(m.selector());
    } else if (expr instanceof VectorSelector s) {
      selector(s);
    }
    return expr;
  }

  private Expr expect(Expr expr, ValueType wanted, String context) {
    Expr checked = check(expr);
    if (checked.type() != wanted) {
      throw new PromqlSyntaxException(
          PromqlSyntaxException.Kind.TYPE,
          expr.start(),
          "expected type "
              + wanted.documented()
              + " in "
              + context
              + ", got "
              + checked.type().documented());
    }
    return checked;
  }

  private Expr call(Call call) {
    Function function = call.function();
    int count = call.args().size();
    String name = "\"" + function.name() + "\"";
    if (function.variadic() == 0 && count != function.argTypes().size()) {
      throw arity(call, "expected " + function.argTypes().size(), name);
    }
    if (count < function.minArgs()) {
      throw arity(call, "expected at least " + function.minArgs(), name);
    }
    if (count > function.maxArgs()) {
      throw arity(call, "expected at most " + function.maxArgs(), name);
    }
    boolean info = function.name().equals("info") && count > 1;
    if (info) {
      infoLabels(call.args().get(1));
    }
    List<Expr> args = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      // info()'s data-label selector may match the empty string: it only filters labels.
      args.add(
          info && i == 1
              ? call.args().get(i)
              : expect(call.args().get(i), function.argType(i), "call to function " + name));
    }
    return new Call(function, args, call.start(), call.end());
  }

  /**
   * The second argument of {@code info()} selects the info series' labels, not a metric. Anything
   * but a selector there makes Prometheus 3.5's parser panic, which promtool reports as an
   * unexpected error without a position.
   */
  private static void infoLabels(Expr labels) {
    if (!(labels instanceof VectorSelector selector)) {
      throw new PromqlSyntaxException(PromqlSyntaxException.Kind.TYPE, -1, "unexpected error");
    }
    if (!selector.name().isEmpty() || selector.reference().isPresent()) {
      throw new PromqlSyntaxException(
          PromqlSyntaxException.Kind.TYPE,
          selector.start(),
          "expected label selectors only, got vector selector instead");
    }
  }

  private static PromqlSyntaxException arity(Call call, String expected, String name) {
    return new PromqlSyntaxException(
        PromqlSyntaxException.Kind.TYPE,
        call.start(),
        expected + " argument(s) in call to " + name + ", got " + call.args().size());
  }

  private static void selector(VectorSelector selector) {
    String name = selector.reference().map(r -> "{" + r.written() + "}").orElse(selector.name());
    if (!name.isEmpty()) {
      for (LabelMatcher matcher : selector.matchers()) {
        if (matcher.name().equals("__name__")) {
          throw new PromqlSyntaxException(
              PromqlSyntaxException.Kind.TYPE,
              selector.start(),
              "metric name must not be set twice: \"" + name + "\" or \"" + matcher.value() + "\"");
        }
      }
      return;
    }
    if (selector.matchers().stream().allMatch(LabelMatcher::matchesEmpty)) {
      throw new PromqlSyntaxException(
          PromqlSyntaxException.Kind.TYPE,
          selector.start(),
          "vector selector must contain at least one non-empty matcher");
    }
  }
}
