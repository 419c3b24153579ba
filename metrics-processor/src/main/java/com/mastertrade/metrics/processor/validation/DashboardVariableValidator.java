package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.processor.declarations.DashboardModel;
import com.mastertrade.metrics.processor.declarations.DashboardModel.PanelModel;
import com.mastertrade.metrics.processor.declarations.DashboardModel.VariableModel;
import com.mastertrade.metrics.processor.declarations.DeclarationsModel;
import com.mastertrade.metrics.processor.declarations.ExpressionModel;
import com.mastertrade.metrics.processor.model.LabelKind;
import com.mastertrade.metrics.processor.model.LabelModel;
import com.mastertrade.metrics.processor.model.MetricModel;
import com.mastertrade.metrics.processor.model.SchemaModel;
import com.mastertrade.metrics.processor.promql.MetricLookup;
import com.mastertrade.metrics.processor.promql.MetricReference;
import com.mastertrade.metrics.processor.promql.PromqlTemplate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dashboard's variables are over closed labels of its metrics, and its panels use only the
 * variables it declares: Grafana sends an undeclared {@code $name} to Prometheus as written, and
 * the panel stays empty without an error.
 */
final class DashboardVariableValidator implements DeclarationValidator.Check {
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{?([a-zA-Z_][a-zA-Z0-9_]*)");

  /** Set by every generated dashboard; Grafana's own {@code $__...} macros are always there. */
  private static final String DATASOURCE = "datasource";

  @Override
  public void check(
      SchemaModel schema, DeclarationsModel declarations, ValidationReport.Builder report) {
    MetricLookup lookup = new MetricLookup(schema);
    for (DashboardModel dashboard : declarations.dashboards()) {
      Set<String> declared = new HashSet<>(Set.of(DATASOURCE));
      for (VariableModel variable : dashboard.variables()) {
        check(lookup, dashboard, variable, report);
        declared.add(variable.label());
      }
      for (PanelModel panel : dashboard.panels()) {
        for (ExpressionModel expr : panel.exprs()) {
          Matcher used = VARIABLE.matcher(expr.template());
          while (used.find()) {
            String name = used.group(1);
            if (!name.startsWith("__") && !declared.contains(name)) {
              report.add(
                  Diagnostic.at(
                      expr.origin(),
                      expr.attribute(),
                      Message.UNDECLARED_VARIABLE,
                      panel.title(),
                      name,
                      dashboard.title(),
                      name));
            }
          }
        }
      }
    }
  }

  private static void check(
      MetricLookup lookup,
      DashboardModel dashboard,
      VariableModel variable,
      ValidationReport.Builder report) {
    String what = "variable '" + variable.label() + "' of dashboard '" + dashboard.title() + "'";
    MetricReference reference =
        PromqlTemplate.parse("{" + variable.metric() + "}").references().stream()
            .findFirst()
            .orElse(null);
    Optional<MetricModel> metric = reference == null ? Optional.empty() : lookup.metric(reference);
    if (metric.isEmpty()) {
      report.add(
          Diagnostic.at(
              variable.origin(),
              "metric",
              Message.UNKNOWN_METRIC,
              what,
              variable.metric(),
              "write metric = \"Category.method\""));
      return;
    }
    Optional<LabelModel> label =
        metric.get().labels().stream().filter(l -> l.name().equals(variable.label())).findFirst();
    if (label.isEmpty()) {
      report.add(
          Diagnostic.at(
              variable.origin(),
              "label",
              Message.UNKNOWN_LABEL,
              what,
              variable.label(),
              "{" + variable.metric() + "}",
              String.join(", ", MetricLookup.labelsOf(metric.get(), ""))));
    } else if (label.get().kind() == LabelKind.OPEN) {
      report.add(
          Diagnostic.at(
              variable.origin(),
              "label",
              Message.VARIABLE_LABEL_NOT_CLOSED,
              variable.label(),
              dashboard.title(),
              "open label " + variable.label()));
    }
  }
}
