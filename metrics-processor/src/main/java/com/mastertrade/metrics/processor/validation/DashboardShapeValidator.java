package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.processor.declarations.DashboardModel;
import com.mastertrade.metrics.processor.declarations.DashboardModel.PanelModel;
import com.mastertrade.metrics.processor.declarations.DeclarationsModel;
import com.mastertrade.metrics.processor.model.SchemaModel;
import com.mastertrade.metrics.processor.model.TextRules;
import java.util.regex.Pattern;

/**
 * What Grafana and the docs need of a dashboard: a uid Grafana takes (also the file name), a title,
 * one-line titles (they become table cells of the docs), panels that fit the 24-column grid.
 */
final class DashboardShapeValidator implements DeclarationValidator.Check {
  private static final Pattern UID = Pattern.compile("[a-zA-Z0-9_-]{1,40}");
  private static final int COLUMNS = 24;

  @Override
  public void check(
      SchemaModel schema, DeclarationsModel declarations, ValidationReport.Builder report) {
    for (DashboardModel dashboard : declarations.dashboards()) {
      if (!UID.matcher(dashboard.uid()).matches()) {
        report.add(
            Diagnostic.at(
                dashboard.origin(),
                "uid",
                Message.INVALID_DASHBOARD_UID,
                Names.visible(dashboard.uid()),
                suggestUid(dashboard.uid())));
      }
      String what = "dashboard '" + dashboard.uid() + "'";
      if (dashboard.title().isBlank()) {
        report.add(Diagnostic.at(dashboard.origin(), "title", Message.EMPTY_TITLE, what));
      } else if (!TextRules.isOneLine(dashboard.title())) {
        report.add(
            Diagnostic.at(
                dashboard.origin(),
                "title",
                Message.LINE_BREAK,
                "the title",
                what,
                "a Grafana title and a table cell of the docs"));
      }
      for (PanelModel panel : dashboard.panels()) {
        if (!TextRules.isOneLine(panel.title())) {
          report.add(
              Diagnostic.at(
                  panel.origin(),
                  "title",
                  Message.LINE_BREAK,
                  "the title",
                  "a panel of " + what,
                  "a Grafana title and a table cell of the docs"));
        }
        if (panel.width() < 1 || panel.width() > COLUMNS) {
          report.add(
              Diagnostic.at(
                  panel.origin(),
                  "width",
                  Message.PANEL_SIZE,
                  panel.title(),
                  "width",
                  panel.width()));
        }
        if (panel.height() < 1) {
          report.add(
              Diagnostic.at(
                  panel.origin(),
                  "height",
                  Message.PANEL_SIZE,
                  panel.title(),
                  "height",
                  panel.height()));
        }
      }
    }
  }

  private static String suggestUid(String uid) {
    String cleaned = uid.replaceAll("[^a-zA-Z0-9_-]+", "-").replaceAll("^-+|-+$", "");
    cleaned = cleaned.length() > 40 ? cleaned.substring(0, 40) : cleaned;
    return cleaned.isEmpty() ? "my-dashboard" : cleaned;
  }
}
