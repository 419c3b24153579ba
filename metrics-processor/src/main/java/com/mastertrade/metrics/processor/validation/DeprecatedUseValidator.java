package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.processor.declarations.DeclarationsModel;
import com.mastertrade.metrics.processor.declarations.ExpressionModel;
import com.mastertrade.metrics.processor.model.Deprecation;
import com.mastertrade.metrics.processor.model.LabelModel;
import com.mastertrade.metrics.processor.model.LabelValueModel;
import com.mastertrade.metrics.processor.model.SchemaModel;
import com.mastertrade.metrics.processor.promql.MetricUse;
import com.mastertrade.metrics.processor.promql.Resolutions;
import com.mastertrade.metrics.processor.promql.syntax.LabelMatcher;
import java.util.stream.Stream;

/**
 * A panel, recording rule, alert, query or runbook check that reads a deprecated metric, or selects a deprecated
 * label value ({@code {Http.requests}{method="TRACE"}}), is a warning on that declaration: it would
 * go empty when the metric or value is removed. Alert test series are inputs, not readers.
 */
final class DeprecatedUseValidator implements DeclarationValidator.ExpressionCheck {
  @Override
  public void check(
      SchemaModel schema,
      DeclarationsModel declarations,
      Resolutions resolutions,
      ValidationReport.Builder report) {
    readers(declarations).forEach(expr -> check(expr, resolutions, report));
  }

  private static Stream<ExpressionModel> readers(DeclarationsModel declarations) {
    return Stream.of(
            declarations.dashboards().stream()
                .flatMap(d -> d.panels().stream())
                .flatMap(p -> p.exprs().stream()),
            declarations.alertGroups().stream()
                .flatMap(g -> g.records().stream())
                .map(r -> r.expr()),
            declarations.alertGroups().stream()
                .flatMap(g -> g.alerts().stream())
                .map(a -> a.expr()),
            declarations.queries().stream().map(q -> q.expr()),
            declarations.runbooks().flatMap(r -> r.checks().stream()).map(c -> c.expr()))
        .flatMap(s -> s);
  }

  private static void check(
      ExpressionModel expr, Resolutions resolutions, ValidationReport.Builder report) {
    for (MetricUse use : resolutions.of(expr).metrics()) {
      String written = "{" + use.written() + "}";
      use.metric().deprecation().ifPresent(d -> report.add(warning(expr, written, d)));
      for (LabelMatcher matcher : use.matchers()) {
        for (LabelModel label : use.metric().labels()) {
          if (!label.name().equals(matcher.name())) {
            continue;
          }
          for (LabelValueModel value : label.constants()) {
            if (value.deprecation().isPresent() && selects(matcher, value.value())) {
              report.add(
                  warning(
                      expr,
                      "label value " + value.value() + " of " + written,
                      value.deprecation().get()));
            }
          }
        }
      }
    }
  }

  /**
   * Whether the matcher asks for {@code value} by name: equal to it, or one literal alternative of
   * a regex. A negative matcher or a pattern that merely happens to match it does not.
   */
  private static boolean selects(LabelMatcher matcher, String value) {
    return switch (matcher.op()) {
      case EQUAL -> matcher.value().equals(value);
      case REGEX -> Stream.of(matcher.value().split("\\|", -1)).anyMatch(value::equals);
      case NOT_EQUAL, NOT_REGEX -> false;
    };
  }

  private static Diagnostic warning(ExpressionModel expr, String used, Deprecation deprecation) {
    String instead =
        deprecation.replacement().isEmpty()
            ? "stop using it"
            : "use " + deprecation.replacement() + " instead";
    return Diagnostic.at(
        expr.origin(),
        expr.attribute(),
        Message.DEPRECATED_USE,
        expr.what(),
        used,
        deprecation.since(),
        deprecation.reason(),
        instead);
  }
}
