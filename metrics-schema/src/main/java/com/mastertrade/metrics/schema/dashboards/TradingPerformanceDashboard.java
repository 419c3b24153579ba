package com.mastertrade.metrics.schema.dashboards;

import com.mastertrade.metrics.annotations.Dashboard;
import com.mastertrade.metrics.annotations.Panel;
import com.mastertrade.metrics.annotations.PanelType;
import com.mastertrade.metrics.annotations.Variable;
import com.mastertrade.metrics.schema.MasterTradeMetrics;

/**
 * The Trading Performance dashboard: positions, fills, portfolio value, P&amp;L, signals and goals.
 * Its PromQL refers to the metrics of {@link MasterTradeMetrics} as {@code {Category.method}}
 * ({@code :bucket}, {@code :count}, {@code :sum} for the series of a histogram or summary): the
 * processor checks each reference, label and function against the schema, so renaming a metric or
 * dropping a label used here fails the compilation.
 */
@Dashboard(
    schema = MasterTradeMetrics.class,
    uid = "mastertrade-trading-performance",
    title = "MasterTrade / Trading Performance",
    description = "Positions, fills, portfolio value, P&L, signals and goals.",
    tags = "trading",
    variables = {
      @Variable(metric = "Trading.signalsGenerated", label = "action"),
      @Variable(metric = "Goals.progress", label = "type")
    },
    panels = {
      @Panel(
          title = "Active positions",
          type = PanelType.STAT,
          width = 8,
          expr = "sum by (strategy) ({Trading.activePositions})",
          legend = "{{strategy}}"),
      @Panel(
          title = "Order fill rate",
          description = "Orders filled per order placed.",
          type = PanelType.GAUGE,
          unit = "percentunit",
          width = 8,
          expr =
              "sum(rate({Trading.ordersFilled}[$__rate_interval])) / "
                  + "sum(rate({Trading.ordersPlaced}[$__rate_interval]))"),
      @Panel(
          title = "Portfolio value",
          type = PanelType.STAT,
          unit = "currencyUSD",
          width = 8,
          expr = "sum by (account) ({Trading.portfolioValue})",
          legend = "{{account}}"),
      @Panel(
          title = "Position P&L",
          unit = "currencyUSD",
          expr = "sum by (symbol) ({Trading.positionPnl})",
          legend = "{{symbol}}"),
      @Panel(
          title = "Signals generated per second",
          unit = "ops",
          expr =
              "sum by (strategy, action) (rate({Trading.signalsGenerated}"
                  + "{action=~\"$action\"}[$__rate_interval]))",
          legend = "{{strategy}} {{action}}"),
      @Panel(
          title = "Goal progress",
          type = PanelType.BAR_GAUGE,
          unit = "percentunit",
          width = 24,
          expr = "max by (type, goal) ({Goals.progress}{type=~\"$type\"})",
          legend = "{{type}} {{goal}}")
    })
public interface TradingPerformanceDashboard {}
