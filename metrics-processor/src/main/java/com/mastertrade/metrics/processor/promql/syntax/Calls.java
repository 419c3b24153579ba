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

  Calls(TokenStream tokens, Clauses clauses, Supplier<Expr> expression) {
    this.tokens = tokens;
    this.clauses = clauses;
    this.expression = expression;
  }

  Call call() {
    Token name = tokens.next();
    List<Expr> args = arguments();
    Function function =
        Functions.named(name.text())
            .orElseThrow(
                () ->
                    new PromqlSyntaxException(
                        PromqlSyntaxException.Kind.UNKNOWN_FUNCTION,
                        name.start(),
                        "unknown function with name \"" + name.text() + "\""));
    return new Call(function, args, name.start(), clauses.lastEnd());
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
