package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.processor.declarations.DeclarationsModel;
import com.mastertrade.metrics.processor.declarations.ExpressionModel;
import com.mastertrade.metrics.processor.model.SchemaModel;
import com.mastertrade.metrics.processor.promql.GroupingUse;
import com.mastertrade.metrics.processor.promql.MetricUse;
import com.mastertrade.metrics.processor.promql.Resolutions;
import com.mastertrade.metrics.processor.promql.ResolvedExpression;
import java.util.Set;

/**
 * Labels named in selectors and grouping clauses exist on the series they apply to, so dropping a
 * label that a panel groups by is a compile error: {@code sum by (route) (x)} needs {@code route}
 * on {@code x}, {@code a / on (job) b} on either side, {@code group_left (version)} on the side it
 * is copied from.
 */
final class LabelReferenceValidator implements DeclarationValidator.ExpressionCheck {
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
                    .resolved()
                    .ifPresent(resolved -> check(expr, resolved, report)));
  }

  private static void check(
      ExpressionModel expr, ResolvedExpression resolved, ValidationReport.Builder report) {
    for (MetricUse use : resolved.metrics()) {
      Set<String> labels = use.labels();
      for (String label : use.matcherLabels()) {
        if (!labels.contains(label)) {
          report.add(unknown(expr, label, "{" + use.written() + "}", labels));
        }
      }
    }
    for (GroupingUse grouping : resolved.groupings()) {
      for (String label : grouping.labels()) {
        if (!grouping.available().mayHave(label)) {
          report.add(unknown(expr, label, grouping.series(), grouping.available().sorted()));
        }
      }
    }
  }

  private static Diagnostic unknown(
      ExpressionModel expr, String label, String owner, Set<String> labels) {
    return Diagnostic.at(
        expr.origin(),
        expr.attribute(),
        Message.UNKNOWN_LABEL,
        expr.what(),
        label,
        owner,
        labels.isEmpty() ? "none" : String.join(", ", labels));
  }
}
