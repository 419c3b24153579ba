package com.mastertrade.metrics.processor.slo;

import com.mastertrade.metrics.processor.declarations.DashboardModel;
import com.mastertrade.metrics.processor.declarations.DashboardModel.PanelModel;
import com.mastertrade.metrics.processor.declarations.ExpressionModel;
import com.mastertrade.metrics.processor.declarations.SloModel;
import com.mastertrade.metrics.processor.model.Origin;
import com.mastertrade.metrics.processor.model.SchemaModel;
import com.mastertrade.metrics.processor.slo.BurnRateWindows.Condition;
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
      panels.add(
          panel(
              name + ": error budget burn-down",
              "Share of the "
                  + slo.slo().window()
                  + " error budget left over time, weighted by events: 1 untouched, 0 spent.",
              "timeseries",
              List.of(BurnRateWindows.BUDGET_REMAINING + "{slo=\"" + name + "\"}"),
              List.of("budget left"),
              18,
              origin));
      List<String> burns = new ArrayList<>();
      List<String> legends = new ArrayList<>();
      for (String window : BURN_WINDOWS) {
        burns.add(SloAlerts.series(slo, window) + " / " + Decimals.plain(slo.budget()));
        legends.add(window);
      }
      // The factors as flat lines, so a burn rate reads against the threshold it must pass.
      for (Condition c : BurnRateWindows.CONDITIONS) {
        burns.add("vector(" + Decimals.plain(c.factor(slo.complianceDays())) + ")");
        legends.add(
            c.severity().label()
                + " above "
                + c.factorText(slo.complianceDays())
                + " ("
                + c.longWindow()
                + ")");
      }
      panels.add(
          panel(
              name + ": burn rate",
              "Error ratio over the error budget: at 1 the budget lasts exactly the "
                  + slo.slo().window()
                  + " compliance window; "
                  + thresholds(slo),
              "timeseries",
              burns,
              legends,
              12,
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
              12,
              origin));
    }
    return new DashboardModel(
        SloModel.dashboardUid(schema.namespace()),
        title(schema),
        "Error budget left and its burn-down, burn rates against the alerts' factors and SLI of every"
            + " service level objective.",
        List.of("slo"),
        List.of(),
        panels,
        slos.get(0).slo().origin());
  }

  /** Which factor over which windows pages and which opens a ticket. */
  private static String thresholds(ResolvedSlo slo) {
    List<String> parts = new ArrayList<>();
    for (Condition c : BurnRateWindows.CONDITIONS) {
      parts.add(
          "the "
              + c.severity().label()
              + " fires above "
              + c.factorText(slo.complianceDays())
              + " ("
              + c.longWindow()
              + " and "
              + c.shortWindow()
              + ")");
    }
    return String.join(", ", parts) + ".";
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
