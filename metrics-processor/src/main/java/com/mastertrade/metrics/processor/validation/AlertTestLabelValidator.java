package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.processor.declarations.AlertGroupModel;
import com.mastertrade.metrics.processor.declarations.AlertGroupModel.AlertModel;
import com.mastertrade.metrics.processor.declarations.DeclarationsModel;
import com.mastertrade.metrics.processor.model.SchemaModel;
import com.mastertrade.metrics.processor.promql.LabelSet;
import com.mastertrade.metrics.processor.promql.Resolutions;
import com.mastertrade.metrics.processor.promql.ResolvedExpression;
import java.util.Optional;

/**
 * An alert test expects only labels its alert can carry: those of the expression's result series.
 * {@code min by (job) (...)} cannot fire with an {@code instance} label, and promtool would fail
 * the test.
 */
final class AlertTestLabelValidator implements DeclarationValidator.ExpressionCheck {
  @Override
  public void check(
      SchemaModel schema,
      DeclarationsModel declarations,
      Resolutions resolutions,
      ValidationReport.Builder report) {
    for (AlertGroupModel group : declarations.alertGroups()) {
      for (AlertModel alert : group.alerts()) {
        Optional<ResolvedExpression> resolved = resolutions.of(alert.expr()).resolved();
        if (resolved.isEmpty()) {
          continue; // its own errors are reported
        }
        LabelSet result = resolved.get().resultLabels();
        for (String label : alert.testLabels()) {
          int equals = label.indexOf('=');
          String name = equals < 0 ? label : label.substring(0, equals);
          if (equals > 0 && !result.mayHave(name)) {
            report.add(
                Diagnostic.at(
                    alert.testOrigin(),
                    "labels",
                    Message.UNPRODUCIBLE_TEST_LABEL,
                    alert.name(),
                    name,
                    result.labels().isEmpty()
                        ? "no labels"
                        : "only " + String.join(", ", result.sorted()),
                    name));
          }
        }
      }
    }
  }
}
