package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.processor.declarations.DeclarationsModel;
import com.mastertrade.metrics.processor.declarations.ExpressionModel;
import com.mastertrade.metrics.processor.model.SchemaModel;
import com.mastertrade.metrics.processor.promql.Resolutions;
import com.mastertrade.metrics.processor.promql.syntax.Function;
import com.mastertrade.metrics.processor.promql.syntax.Functions;
import com.mastertrade.metrics.processor.promql.syntax.PromqlSyntaxException;
import com.mastertrade.metrics.processor.promql.syntax.PromqlTarget;
import java.util.Comparator;
import java.util.List;

/**
 * Every template is PromQL as Prometheus reads it: its grammar, its functions, the types of their
 * arguments. The error names the column in the template and shows it, since the compiler can point
 * only at the start of the annotation value.
 */
final class PromqlValidator implements DeclarationValidator.ExpressionCheck {
  @Override
  public void check(
      SchemaModel schema,
      DeclarationsModel declarations,
      Resolutions resolutions,
      ValidationReport.Builder report) {
    declarations
        .expressions()
        .forEach(
            expr ->
                resolutions
                    .of(expr)
                    .syntaxError()
                    .ifPresent(e -> report.add(diagnostic(expr, e, resolutions.target()))));
  }

  private static Diagnostic diagnostic(
      ExpressionModel expr, PromqlSyntaxException error, PromqlTarget target) {
    String caret = caret(expr.template(), error.position());
    return switch (error.kind()) {
      case UNKNOWN_FUNCTION -> {
        String name = functionAt(expr.template(), error.position());
        yield Diagnostic.at(
            expr.origin(),
            expr.attribute(),
            Message.PROMQL_UNKNOWN_FUNCTION,
            expr.what(),
            name,
            error.position(),
            nearest(name, target),
            caret);
      }
      case NOT_IN_TARGET ->
          Diagnostic.at(
              expr.origin(),
              expr.attribute(),
              Message.PROMQL_NOT_IN_TARGET,
              expr.what(),
              target,
              error.position(),
              error.reason(),
              error.hint(),
              caret);
      case TYPE ->
          Diagnostic.at(
              expr.origin(),
              expr.attribute(),
              Message.PROMQL_TYPE,
              expr.what(),
              error.position(),
              error.reason(),
              caret);
      case SYNTAX ->
          Diagnostic.at(
              expr.origin(),
              expr.attribute(),
              Message.PROMQL_SYNTAX,
              expr.what(),
              error.position(),
              error.reason(),
              caret);
    };
  }

  /** The line of the template the column is in, and a caret under the column. */
  static String caret(String template, int position) {
    int lineStart = template.lastIndexOf('\n', Math.max(0, position - 1)) + 1;
    int lineEnd = template.indexOf('\n', position);
    String line = template.substring(lineStart, lineEnd < 0 ? template.length() : lineEnd);
    return "\n    " + line + "\n    " + " ".repeat(position - lineStart) + "^";
  }

  private static String functionAt(String template, int position) {
    int end = position;
    while (end < template.length()
        && (Character.isLetterOrDigit(template.charAt(end)) || template.charAt(end) == '_')) {
      end++;
    }
    return template.substring(position, end);
  }

  /** The functions whose names are likely typos of {@code name}, those it starts first. */
  private static String nearest(String name, PromqlTarget target) {
    int limit = Math.max(1, name.length() / 4);
    List<String> close =
        Functions.all(target).stream()
            .map(Function::name)
            .filter(f -> EditDistance.of(f, name) <= limit)
            .sorted(
                Comparator.comparing((String f) -> !f.startsWith(name))
                    .thenComparingInt(f -> EditDistance.of(f, name))
                    .thenComparing(f -> f))
            .map(f -> f + "()")
            .toList();
    return close.isEmpty()
        ? "see the functions of Prometheus' documentation"
        : "did you mean " + String.join(" or ", close) + "?";
  }
}
