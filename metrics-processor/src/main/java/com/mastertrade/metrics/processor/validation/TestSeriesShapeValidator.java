package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.processor.declarations.AlertGroupModel;
import com.mastertrade.metrics.processor.declarations.AlertGroupModel.AlertModel;
import com.mastertrade.metrics.processor.declarations.AlertGroupModel.TestSeriesModel;
import com.mastertrade.metrics.processor.declarations.DeclarationsModel;
import com.mastertrade.metrics.processor.model.SchemaModel;
import com.mastertrade.metrics.processor.promql.Resolutions;
import com.mastertrade.metrics.processor.promql.ResolvedExpression;
import com.mastertrade.metrics.processor.promql.syntax.Expr;
import com.mastertrade.metrics.processor.promql.syntax.LabelMatcher;
import com.mastertrade.metrics.processor.promql.syntax.TimeModifiers;
import java.util.Optional;

/**
 * The series of an alert test is one series, as promtool reads it: a metric and its labels, each
 * {@code name="value"}. An operator, a function, a regex matcher or an offset is PromQL, but not a
 * series promtool can feed.
 */
final class TestSeriesShapeValidator implements DeclarationValidator.ExpressionCheck {
  @Override
  public void check(
      SchemaModel schema,
      DeclarationsModel declarations,
      Resolutions resolutions,
      ValidationReport.Builder report) {
    for (AlertGroupModel group : declarations.alertGroups()) {
      for (AlertModel alert : group.alerts()) {
        for (TestSeriesModel series : alert.testSeries()) {
          Optional<ResolvedExpression> resolved = resolutions.of(series.series()).resolved();
          if (resolved.isEmpty()) {
            continue; // its own errors are reported
          }
          Optional<String> problem = problem(resolved.get().ast());
          if (problem.isPresent()) {
            report.add(
                Diagnostic.at(
                    series.series().origin(),
                    series.series().attribute(),
                    Message.TEST_SERIES_NOT_A_SERIES,
                    alert.name(),
                    problem.get()));
          }
        }
      }
    }
  }

  private static Optional<String> problem(Expr ast) {
    if (!(ast instanceof Expr.VectorSelector selector)) {
      return Optional.of("it is an expression, not a selector");
    }
    if (!selector.modifiers().equals(TimeModifiers.NONE)) {
      return Optional.of("it has an offset or @ modifier");
    }
    for (LabelMatcher matcher : selector.matchers()) {
      if (matcher.op() != LabelMatcher.Op.EQUAL) {
        return Optional.of("its matcher on " + matcher.name() + " is not =");
      }
    }
    return Optional.empty();
  }
}
