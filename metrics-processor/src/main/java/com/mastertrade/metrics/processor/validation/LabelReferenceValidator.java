package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.processor.declarations.DeclarationsModel;
import com.mastertrade.metrics.processor.declarations.ExpressionModel;
import com.mastertrade.metrics.processor.model.MetricModel;
import com.mastertrade.metrics.processor.model.SchemaModel;
import com.mastertrade.metrics.processor.promql.MetricLookup;
import com.mastertrade.metrics.processor.promql.MetricReference;
import com.mastertrade.metrics.processor.promql.PromqlTemplate;
import com.mastertrade.metrics.processor.promql.RecordedSeries;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Labels named in selectors and grouping clauses exist on the series they apply to, so dropping a
 * label that a panel groups by is a compile error.
 */
final class LabelReferenceValidator implements DeclarationValidator.Check {
  @Override
  public void check(
      SchemaModel schema, DeclarationsModel declarations, ValidationReport.Builder report) {
    MetricLookup lookup = new MetricLookup(schema);
    RecordedSeries recorded = new RecordedSeries(declarations, lookup);
    declarations.expressions().forEach(expr -> check(lookup, recorded, expr, report));
  }

  private static void check(
      MetricLookup lookup,
      RecordedSeries recorded,
      ExpressionModel expr,
      ValidationReport.Builder report) {
    PromqlTemplate template = PromqlTemplate.parse(expr.template());
    // Grouping applies to the whole expression: a label any referenced series has is fine.
    Set<String> anyReferenced = new TreeSet<>(MetricLookup.TARGET_LABELS);
    String referenced = "the target";
    for (String name : template.recordedNames()) {
      if (!recorded.names().contains(name)) {
        return; // reported by MetricReferenceValidator
      }
      anyReferenced.addAll(recorded.labels(name));
      referenced = "'" + name + "'";
    }
    for (MetricReference reference : template.references()) {
      Optional<MetricModel> metric = lookup.metric(reference);
      if (metric.isEmpty()) {
        return; // reported by MetricReferenceValidator
      }
      Set<String> labels = MetricLookup.labelsOf(metric.get(), reference.suffix());
      anyReferenced.addAll(labels);
      referenced = "{" + reference.written() + "}";
      for (String label : reference.matcherLabels()) {
        if (!labels.contains(label)) {
          report.add(unknown(expr, label, "{" + reference.written() + "}", labels));
        }
      }
    }
    for (String label : template.groupingLabels()) {
      if (!anyReferenced.contains(label)) {
        report.add(
            unknown(
                expr,
                label,
                template.references().size() + template.recordedNames().size() > 1
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
