package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.processor.declarations.DeclarationsModel;
import com.mastertrade.metrics.processor.declarations.ExpressionModel;
import com.mastertrade.metrics.processor.model.SchemaModel;
import com.mastertrade.metrics.processor.promql.LabelSet;
import com.mastertrade.metrics.processor.promql.MetricLookup;
import com.mastertrade.metrics.processor.promql.MetricUse;
import com.mastertrade.metrics.processor.promql.Resolutions;
import com.mastertrade.metrics.processor.promql.ResolvedExpression;
import java.util.Set;
import java.util.TreeSet;

/**
 * Labels named in selectors and grouping clauses exist on the series they apply to, so dropping a
 * label that a panel groups by is a compile error.
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
                    .ifPresent(resolved -> check(resolutions, expr, resolved, report)));
  }

  private static void check(
      Resolutions resolutions,
      ExpressionModel expr,
      ResolvedExpression resolved,
      ValidationReport.Builder report) {
    // Grouping applies to the whole expression: a label any referenced series has is fine.
    Set<String> anyReferenced = new TreeSet<>(MetricLookup.TARGET_LABELS);
    boolean anyLabel = false;
    String referenced = "the target";
    for (String name : resolved.recordedNames()) {
      if (!resolutions.recordedSeries().contains(name)) {
        return; // reported by MetricReferenceValidator
      }
      LabelSet labels = resolutions.recordedLabels(name);
      anyLabel |= !labels.known();
      anyReferenced.addAll(labels.labels());
      referenced = "'" + name + "'";
    }
    for (MetricUse use : resolved.metrics()) {
      Set<String> labels = use.labels();
      anyReferenced.addAll(labels);
      referenced = "{" + use.written() + "}";
      for (String label : use.matcherLabels()) {
        if (!labels.contains(label)) {
          report.add(unknown(expr, label, "{" + use.written() + "}", labels));
        }
      }
    }
    if (anyLabel) {
      return;
    }
    for (String label : resolved.groupingLabels()) {
      if (!anyReferenced.contains(label)) {
        report.add(
            unknown(
                expr,
                label,
                resolved.metrics().size() + resolved.recordedNames().size() > 1
                    ? "any series it refers to"
                    : referenced,
                anyReferenced));
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
        String.join(", ", labels));
  }
}
