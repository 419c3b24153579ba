package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.processor.declarations.AlertGroupModel;
import com.mastertrade.metrics.processor.declarations.AlertGroupModel.AlertModel;
import com.mastertrade.metrics.processor.declarations.AlertGroupModel.RecordModel;
import com.mastertrade.metrics.processor.declarations.AlertGroupModel.TestSeriesModel;
import com.mastertrade.metrics.processor.declarations.DashboardModel;
import com.mastertrade.metrics.processor.declarations.DeclarationsModel;
import com.mastertrade.metrics.processor.declarations.ExpressionModel;
import com.mastertrade.metrics.processor.declarations.QueryModel;
import com.mastertrade.metrics.processor.model.SchemaModel;
import com.mastertrade.metrics.processor.promql.Resolutions;
import com.mastertrade.metrics.processor.promql.ResolvedExpression;
import com.mastertrade.metrics.processor.promql.syntax.Expr;
import com.mastertrade.metrics.processor.promql.syntax.Expr.VectorSelector;
import com.mastertrade.metrics.processor.promql.syntax.LabelMatcher;
import com.mastertrade.metrics.processor.promql.syntax.ValueType;

/**
 * What each expression must evaluate to where it is used: a panel's, a rule's and a query's an
 * instant vector or a scalar (Prometheus evaluates rules and Grafana's range queries to nothing
 * else, and fails on a range vector or a string); an alert test's input a series, a selector with
 * {@code =} matchers only, as promtool's series notation reads it.
 */
final class ResultTypeValidator implements DeclarationValidator.ExpressionCheck {
  @Override
  public void check(
      SchemaModel schema,
      DeclarationsModel declarations,
      Resolutions resolutions,
      ValidationReport.Builder report) {
    for (DashboardModel dashboard : declarations.dashboards()) {
      dashboard.panels().forEach(p -> p.exprs().forEach(e -> result(e, resolutions, report)));
    }
    for (AlertGroupModel group : declarations.alertGroups()) {
      for (RecordModel record : group.records()) {
        result(record.expr(), resolutions, report);
      }
      for (AlertModel alert : group.alerts()) {
        result(alert.expr(), resolutions, report);
        for (TestSeriesModel series : alert.testSeries()) {
          series(series.series(), resolutions, report);
        }
      }
    }
    for (QueryModel query : declarations.queries()) {
      result(query.expr(), resolutions, report);
    }
    // A runbook check is shown on the runbook page as a query to run: the same results apply.
    declarations
        .runbooks()
        .forEach(r -> r.checks().forEach(c -> result(c.expr(), resolutions, report)));
  }

  private static void result(
      ExpressionModel expr, Resolutions resolutions, ValidationReport.Builder report) {
    resolutions
        .of(expr)
        .resolved()
        .map(ResolvedExpression::ast)
        .filter(ast -> ast.type() == ValueType.RANGE_VECTOR || ast.type() == ValueType.STRING)
        .ifPresent(
            ast ->
                report.add(
                    Diagnostic.at(
                        expr.origin(),
                        expr.attribute(),
                        Message.PROMQL_RESULT_TYPE,
                        expr.what(),
                        ast.type().documented(),
                        ast.type() == ValueType.RANGE_VECTOR
                            ? "apply rate(), increase() or an *_over_time() function to it"
                            : "select series instead")));
  }

  private static void series(
      ExpressionModel expr, Resolutions resolutions, ValidationReport.Builder report) {
    resolutions
        .of(expr)
        .resolved()
        .map(ResolvedExpression::ast)
        .filter(ast -> !isSeries(ast))
        .ifPresent(
            ast ->
                report.add(
                    Diagnostic.at(
                        expr.origin(),
                        expr.attribute(),
                        Message.TEST_SERIES_NOT_A_SERIES,
                        expr.what())));
  }

  /** {@code name{a="x"}} or {@code {Category.method}{a="x"}}: no regex, offset or function. */
  private static boolean isSeries(Expr ast) {
    return ast instanceof VectorSelector selector
        && (selector.reference().isPresent() || !selector.name().isEmpty())
        && selector.modifiers().offset().isEmpty()
        && selector.modifiers().at().isEmpty()
        && selector.matchers().stream().allMatch(m -> m.op() == LabelMatcher.Op.EQUAL);
  }
}
