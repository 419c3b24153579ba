package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.processor.declarations.AlertGroupModel;
import com.mastertrade.metrics.processor.declarations.DashboardModel;
import com.mastertrade.metrics.processor.declarations.DashboardModel.PanelModel;
import com.mastertrade.metrics.processor.declarations.DeclarationsModel;
import com.mastertrade.metrics.processor.declarations.QueryModel;
import com.mastertrade.metrics.processor.model.Origin;
import com.mastertrade.metrics.processor.model.SchemaModel;
import com.mastertrade.metrics.processor.model.TextRules;
import java.util.HashSet;
import java.util.Set;

/**
 * Names that become file names, uids or rule names are unique; durations are Prometheus durations;
 * a panel has a legend per query or none.
 */
final class DeclarationShapeValidator implements DeclarationValidator.Check {
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
    declarations.scrapeConfigs().stream()
        .skip(1)
        .forEach(
            extra ->
                report.add(
                    Diagnostic.at(
                        extra.origin(),
                        null,
                        Message.SECOND_SCRAPE_CONFIG,
                        schema.simpleName(),
                        declarations.scrapeConfigs().get(0).origin().element().getSimpleName())));
    declarations.routings().stream()
        .skip(1)
        .forEach(
            extra ->
                report.add(
                    Diagnostic.at(
                        extra.origin(),
                        null,
                        Message.SECOND_ALERTING,
                        schema.simpleName(),
                        declarations.routings().get(0).origin().element().getSimpleName())));
    Set<String> jobs = new HashSet<>();
    declarations
        .scrapeConfig()
        .ifPresent(
            config ->
                config
                    .targets()
                    .forEach(t -> unique(jobs, t.job(), "scrape job", t.origin(), "job", report)));
    Set<String> queryNames = new HashSet<>();
    for (QueryModel query : declarations.queries()) {
      unique(queryNames, query.name(), "query", query.expr().origin(), "name", report);
      if (query.name().isBlank() || !TextRules.isOneLine(query.name())) {
        report.add(
            Diagnostic.at(
                query.expr().origin(),
                "name",
                Message.LINE_BREAK,
                "the name",
                "an example query",
                "a heading and a table cell of the docs, and a comment in queries.promql; it cannot"
                    + " be empty either"));
      }
    }
  }

  static void unique(
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
