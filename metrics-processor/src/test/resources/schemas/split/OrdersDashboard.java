package com.example.shop;

import com.mastertrade.metrics.annotations.Dashboard;
import com.mastertrade.metrics.annotations.Panel;
import com.mastertrade.metrics.annotations.PanelType;
import com.mastertrade.metrics.annotations.Variable;

/** Declared in a file of its own, naming its schema. */
@Dashboard(
    schema = ShopMetrics.class,
    uid = "shop-orders",
    title = "Shop orders",
    variables = @Variable(metric = "Orders.placed", label = "side"),
    panels = {
      @Panel(
          title = "Orders placed",
          unit = "reqps",
          expr = "sum by (side) (rate({Orders.placed}{side=~\"$side\"}[$__rate_interval]))",
          legend = "{{side}}"),
      @Panel(
          title = "Fill latency",
          unit = "s",
          expr = {
            "histogram_quantile(0.5, sum by (le) (rate({Orders.fillDuration:bucket}[5m])))",
            "histogram_quantile(0.99, sum by (le) (rate({Orders.fillDuration:bucket}[5m])))"
          },
          legend = {"p50", "p99"}),
      @Panel(title = "Open orders", type = PanelType.STAT, width = 8, expr = "sum({Orders.open})"),
      @Panel(title = "Order value p99", unit = "currencyUSD", width = 24,
          expr = "max({Orders.value}{quantile=\"0.99\"})")
    })
public interface OrdersDashboard {}
