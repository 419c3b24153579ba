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
import com.mastertrade.metrics.processor.promql.Resolutions;
import com.mastertrade.metrics.processor.promql.ResolvedExpression;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A dashboard's variables are over closed labels of its metrics, and its panels use only the
 * variables it declares: Grafana sends an undeclared {@code $name} to Prometheus as written, and
 * the panel stays empty without an error.
 */
final class DashboardVariableValidator implements DeclarationValidator.ExpressionCheck {
  /** The variables Grafana sets to a duration, for ranges, steps and offsets. */
  private static final Set<String> GRAFANA_DURATIONS =
      Set.of("__interval", "__rate_interval", "__range");

  /** Set by every generated dashboard; Grafana's own {@code $__...} macros are always there. */
  private static final String DATASOURCE = "datasource";

  @Override
  public void check(
      SchemaModel schema,
      DeclarationsModel declarations,
      Resolutions resolutions,
      ValidationReport.Builder report) {
    MetricLookup lookup = new MetricLookup(schema);
    for (DashboardModel dashboard : declarations.dashboards()) {
      Set<String> declared = new HashSet<>(Set.of(DATASOURCE));
      for (VariableModel variable : dashboard.variables()) {
        check(lookup, dashboard, variable, report);
        declared.add(variable.label());
      }
      for (PanelModel panel : dashboard.panels()) {
        for (ExpressionModel expr : panel.exprs()) {
          Optional<ResolvedExpression> resolved = resolutions.of(expr).resolved();
          for (String name : resolved.map(ResolvedExpression::durationVariables).orElse(Set.of())) {
            if (!GRAFANA_DURATIONS.contains(name)) {
              report.add(
                  Diagnostic.at(
                      expr.origin(),
                      expr.attribute(),
                      Message.VARIABLE_NOT_A_DURATION,
                      panel.title(),
                      name));
            }
          }
          for (String name : resolved.map(ResolvedExpression::variables).orElse(Set.of())) {
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
    Optional<MetricModel> metric = lookup.metric(variable.metric());
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
