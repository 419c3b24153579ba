package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.processor.declarations.AlertGroupModel;
import com.mastertrade.metrics.processor.declarations.AlertGroupModel.AlertModel;
import com.mastertrade.metrics.processor.declarations.DeclarationsModel;
import com.mastertrade.metrics.processor.model.PrometheusDuration;
import com.mastertrade.metrics.processor.model.SchemaModel;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Alerts have unique names, a pending period Prometheus can read, and test labels written as {@code
 * name=value}, which the rule test writer turns into expected labels.
 */
final class AlertRuleValidator implements DeclarationValidator.Check {
  private static final Pattern TEST_LABEL = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*=.*");

  @Override
  public void check(
      SchemaModel schema, DeclarationsModel declarations, ValidationReport.Builder report) {
    Set<String> names = new HashSet<>();
    for (AlertGroupModel group : declarations.alertGroups()) {
      for (AlertModel alert : group.alerts()) {
        DeclarationShapeValidator.unique(
            names, alert.name(), "alert", alert.origin(), "name", report);
        if (PrometheusDuration.millis(alert.pendingFor()).isEmpty()) {
          report.add(
              Diagnostic.at(
                  alert.origin(),
                  "pendingFor",
                  Message.INVALID_DURATION,
                  alert.pendingFor(),
                  alert.name()));
        }
        for (String label : alert.testLabels()) {
          if (!TEST_LABEL.matcher(label).matches()) {
            report.add(
                Diagnostic.at(
                    alert.testOrigin(), "labels", Message.INVALID_TEST_LABEL, label, alert.name()));
          }
        }
      }
    }
  }
}
