package com.mastertrade.metrics.processor.promql.syntax;

import com.mastertrade.metrics.processor.promql.syntax.Expr.Aggregation;
import com.mastertrade.metrics.processor.promql.syntax.Expr.Call;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Function calls and aggregations: a name, an optional {@code by}/{@code without} before or after,
 * and parenthesized arguments, each an expression the parser reads.
 */
final class Calls {
  private final TokenStream tokens;
  private final Clauses clauses;
  private final Supplier<Expr> expression;
  private final PromqlTarget target;

  Calls(TokenStream tokens, Clauses clauses, Supplier<Expr> expression, PromqlTarget target) {
    this.tokens = tokens;
    this.clauses = clauses;
    this.expression = expression;
    this.target = target;
  }

  Call call() {
    Token name = tokens.next();
    List<Expr> args = arguments();
    Optional<Function> function = Functions.named(name.text(), target);
    if (function.isPresent()) {
      return new Call(function.get(), args, name.start(), clauses.lastEnd());
    }
    String unknown = "unknown function with name \"" + name.text() + "\"";
    Optional<Function> elsewhere = Functions.named(name.text());
    if (elsewhere.isEmpty()) {
      throw new PromqlSyntaxException(
          PromqlSyntaxException.Kind.UNKNOWN_FUNCTION, name.start(), unknown);
    }
    throw notInTarget(elsewhere.get(), name, unknown);
  }

  /** A function of another version, or one the target does not enable, as that promtool says. */
  private PromqlSyntaxException notInTarget(Function function, Token name, String unknown) {
    String what = name.text() + "()";
    if (function.existsIn(target.version())) {
      return PromqlSyntaxException.notInTarget(
          name.start(),
          "function \"" + name.text() + "\" is not enabled",
          TargetHints.needsExperimental(what, function.since(), target));
    }
    if (function.removedIn().isPresent() && target.version().atLeast(function.removedIn().get())) {
      return PromqlSyntaxException.notInTarget(
          name.start(),
          unknown,
          TargetHints.removed(
              what,
              function.removedIn().get(),
              "write double_exponential_smoothing(), its experimental successor, or target "
                  + function.since()));
    }
    return PromqlSyntaxException.notInTarget(
        name.start(),
        unknown,
        function.experimental()
            ? TargetHints.needsExperimental(what, function.since(), target)
            : TargetHints.needsVersion(what, function.since(), target));
  }

  Aggregation aggregation() {
    Token op = tokens.next();
    Aggregator aggregator = Aggregator.of(op.kind());
    Optional<Grouping> grouping = grouping();
    if (!tokens.at(TokenKind.LEFT_PAREN)) {
      throw tokens.unexpected("aggregation", "");
    }
    List<Expr> args = arguments();
    int end = clauses.lastEnd();
    if (grouping.isEmpty()) {
      grouping = grouping();
      end = grouping.isPresent() ? clauses.lastEnd() : end;
    }
    if (args.isEmpty()) {
      throw new PromqlSyntaxException(
          PromqlSyntaxException.Kind.TYPE,
          op.start(),
          "no arguments for aggregate expression provided");
    }
    if (aggregator.experimental() && !target.experimentalFunctions()) {
      throw PromqlSyntaxException.notInTarget(
          op.start(),
          aggregator.keyword()
              + "() is experimental and must be enabled with"
              + " --enable-feature=promql-experimental-functions",
          TargetHints.needsExperimental(
              aggregator.keyword() + "()", PrometheusVersion.V3_5, target));
    }
    int wanted = aggregator.paramType().isPresent() ? 2 : 1;
    if (args.size() != wanted) {
      throw new PromqlSyntaxException(
          PromqlSyntaxException.Kind.TYPE,
          op.start(),
          "wrong number of arguments for aggregate expression provided, expected "
              + wanted
              + ", got "
              + args.size());
    }
    Optional<Expr> param = wanted == 2 ? Optional.of(args.get(0)) : Optional.empty();
    return new Aggregation(aggregator, param, args.get(wanted - 1), grouping, op.start(), end);
  }

  private Optional<Grouping> grouping() {
    if (!tokens.at(TokenKind.BY) && !tokens.at(TokenKind.WITHOUT)) {
      return Optional.empty();
    }
    boolean without = tokens.next().kind() == TokenKind.WITHOUT;
    return Optional.of(new Grouping(without, clauses.labelList()));
  }

  /** {@code (a, b)} of a call or aggregation, from its opening parenthesis. */
  private List<Expr> arguments() {
    tokens.next();
    List<Expr> args = new ArrayList<>();
    if (clauses.acceptClosing(TokenKind.RIGHT_PAREN)) {
      return args;
    }
    while (true) {
      args.add(expression.get());
      if (tokens.at(TokenKind.COMMA)) {
        Token comma = tokens.next();
        if (tokens.at(TokenKind.RIGHT_PAREN)) {
          throw new PromqlSyntaxException(
              comma.start(), "trailing commas not allowed in function call args");
        }
      } else if (clauses.acceptClosing(TokenKind.RIGHT_PAREN)) {
        return args;
      } else {
        throw tokens.unexpected("", "");
      }
    }
  }
}
