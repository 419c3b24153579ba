package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.conventions.NamingRules;
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

  /**
   * An alert name: a metric name without ':', as Prometheus 2 requires, and a file name on every
   * file system (the runbook page).
   */
  static final Pattern ALERT_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

  @Override
  public void check(
      SchemaModel schema, DeclarationsModel declarations, ValidationReport.Builder report) {
    Set<String> names = new HashSet<>();
    for (AlertGroupModel group : declarations.alertGroups()) {
      for (AlertModel alert : group.alerts()) {
        DeclarationShapeValidator.unique(
            names, alert.name(), "alert", alert.origin(), "name", report);
        if (!ALERT_NAME.matcher(alert.name()).matches()) {
          report.add(
              Diagnostic.at(
                  alert.origin(),
                  "name",
                  Message.INVALID_ALERT_NAME,
                  Names.visible(alert.name()),
                  suggestion(alert.name())));
        }
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
          if (!isTestLabel(label)) {
            report.add(
                Diagnostic.at(
                    alert.testOrigin(), "labels", Message.INVALID_TEST_LABEL, label, alert.name()));
          }
        }
      }
    }
  }

  /** {@code name=value}, the name a label name (the value is checked against the series). */
  private static boolean isTestLabel(String label) {
    int equals = label.indexOf('=');
    return equals > 0 && NamingRules.isLabelNameSyntax(label.substring(0, equals));
  }

  /** A valid alert name close to {@code name}: other characters dropped, words capitalized. */
  private static String suggestion(String name) {
    StringBuilder out = new StringBuilder();
    boolean upper = true;
    for (char c : name.toCharArray()) {
      if (c < 0x80 && Character.isLetterOrDigit(c)) {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      } else {
        upper = true;
      }
    }
    if (out.length() == 0 || Character.isDigit(out.charAt(0))) {
      out.insert(0, "Alert");
    }
    return out.toString();
  }
}
