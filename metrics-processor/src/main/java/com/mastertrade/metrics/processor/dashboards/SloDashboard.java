package com.mastertrade.metrics.processor.dashboards;

import com.mastertrade.metrics.processor.declarations.DashboardModel;
import com.mastertrade.metrics.processor.declarations.DashboardModel.PanelModel;
import com.mastertrade.metrics.processor.declarations.ExpressionModel;
import com.mastertrade.metrics.processor.declarations.SloModel;
import com.mastertrade.metrics.processor.model.Origin;
import com.mastertrade.metrics.processor.model.SchemaModel;
import com.mastertrade.metrics.processor.slo.BurnRateWindows;
import com.mastertrade.metrics.processor.slo.Decimals;
import com.mastertrade.metrics.processor.slo.ResolvedSlo;
import com.mastertrade.metrics.processor.slo.SloAlerts;
import java.util.ArrayList;
import java.util.List;

/**
 * The SLO dashboard, one row per SLO: the error budget left over its compliance window, the burn
 * rates the alerts watch, and the SLI itself.
 */
public final class SloDashboard {
  private static final List<String> BURN_WINDOWS = List.of("5m", "1h", "6h", "1d", "3d");

  private SloDashboard() {}

  public static DashboardModel of(SchemaModel schema, List<ResolvedSlo> slos) {
    List<PanelModel> panels = new ArrayList<>();
    for (ResolvedSlo slo : slos) {
      Origin origin = slo.slo().origin();
      String name = slo.name();
      panels.add(
          panel(
              name + ": error budget left",
              "Share of the " + slo.slo().window() + " error budget not yet spent.",
              "stat",
              List.of(BurnRateWindows.BUDGET_REMAINING + "{slo=\"" + name + "\"}"),
              List.of(),
              6,
              origin));
      List<String> burns = new ArrayList<>();
      List<String> legends = new ArrayList<>();
      for (String window : BURN_WINDOWS) {
        burns.add(SloAlerts.series(slo, window) + " / " + Decimals.plain(slo.budget()));
        legends.add(window);
      }
      panels.add(
          panel(
              name + ": burn rate",
              "Error ratio over the error budget: 1 spends the budget in exactly "
                  + slo.slo().window()
                  + "; the page fires above 14.4 (1h) or 6 (6h), the ticket above 3 (1d) or 1"
                  + " (3d).",
              "timeseries",
              burns,
              legends,
              9,
              origin));
      panels.add(
          panel(
              name + ": SLI",
              "Share of good events (objective "
                  + slo.objectivePercent()
                  + "%): "
                  + slo.slo().description(),
              "timeseries",
              List.of("1 - " + SloAlerts.series(slo, "5m"), "1 - " + SloAlerts.series(slo, "1h")),
              List.of("5m", "1h"),
              9,
              origin));
    }
    return new DashboardModel(
        SloModel.dashboardUid(schema.namespace()),
        title(schema),
        "Error budget left, burn rates and SLI of every service level objective.",
        List.of("slo"),
        List.of(),
        panels,
        slos.get(0).slo().origin());
  }

  /** {@code MasterTrade / SLOs} for the schema {@code MasterTradeMetrics}. */
  private static String title(SchemaModel schema) {
    return schema.simpleName().replaceFirst("Metrics$", "") + " / SLOs";
  }

  private static PanelModel panel(
      String title,
      String description,
      String type,
      List<String> exprs,
      List<String> legends,
      int width,
      Origin origin) {
    List<ExpressionModel> expressions =
        exprs.stream()
            .map(e -> new ExpressionModel(e, "panel '" + title + "'", origin, ""))
            .toList();
    String unit = type.equals("stat") || title.endsWith("SLI") ? "percentunit" : "short";
    return new PanelModel(title, description, type, unit, expressions, legends, width, 8, origin);
  }
}
