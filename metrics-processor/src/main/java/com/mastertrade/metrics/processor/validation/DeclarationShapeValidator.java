package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.processor.declarations.AlertGroupModel;
import com.mastertrade.metrics.processor.declarations.AlertGroupModel.AlertModel;
import com.mastertrade.metrics.processor.declarations.DashboardModel;
import com.mastertrade.metrics.processor.declarations.DashboardModel.PanelModel;
import com.mastertrade.metrics.processor.declarations.DeclarationsModel;
import com.mastertrade.metrics.processor.declarations.QueryModel;
import com.mastertrade.metrics.processor.model.Origin;
import com.mastertrade.metrics.processor.model.SchemaModel;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names that become file names, uids or rule names are unique; durations are Prometheus durations;
 * a panel has a legend per query or none.
 */
final class DeclarationShapeValidator implements DeclarationValidator.Check {
  private static final Pattern DURATION = Pattern.compile("(\\d+(ms|[smhdwy]))+");

  @Override
  public void check(
      SchemaModel schema, DeclarationsModel declarations, ValidationReport.Builder report) {
    Set<String> uids = new HashSet<>();
    for (DashboardModel dashboard : declarations.dashboards()) {
      unique(uids, dashboard.uid(), "dashboard uid", dashboard.origin(), "uid", report);
      for (PanelModel panel : dashboard.panels()) {
        if (!panel.legends().isEmpty() && panel.legends().size() != panel.exprs().size()) {
          report.add(
              Diagnostic.at(
                  panel.origin(),
                  "legend",
                  Message.LEGEND_COUNT,
                  panel.title(),
                  panel.exprs().size(),
                  panel.legends().size()));
        }
      }
    }
    Set<String> ruleNames = new HashSet<>();
    for (AlertGroupModel group : declarations.alertGroups()) {
      unique(ruleNames, group.name(), "alert group", group.origin(), "name", report);
    }
    Set<String> alertNames = new HashSet<>();
    for (AlertGroupModel group : declarations.alertGroups()) {
      for (AlertModel alert : group.alerts()) {
        unique(alertNames, alert.name(), "alert", alert.origin(), "name", report);
        if (!DURATION.matcher(alert.pendingFor()).matches()) {
          report.add(
              Diagnostic.at(
                  alert.origin(),
                  "pendingFor",
                  Message.INVALID_DURATION,
                  alert.pendingFor(),
                  alert.name()));
        }
      }
    }
    Set<String> queryNames = new HashSet<>();
    for (QueryModel query : declarations.queries()) {
      unique(queryNames, query.name(), "query", query.expr().origin(), "name", report);
    }
  }

  private static void unique(
      Set<String> seen,
      String name,
      String kind,
      Origin origin,
      String attribute,
      ValidationReport.Builder report) {
    if (!seen.add(name)) {
      report.add(Diagnostic.at(origin, attribute, Message.DUPLICATE_DECLARATION, kind, name, kind));
    }
  }
}
