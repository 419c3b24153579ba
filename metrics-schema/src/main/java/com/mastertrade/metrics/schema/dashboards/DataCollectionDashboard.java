package com.mastertrade.metrics.schema.dashboards;

import com.mastertrade.metrics.annotations.Dashboard;
import com.mastertrade.metrics.annotations.Panel;
import com.mastertrade.metrics.annotations.PanelType;
import com.mastertrade.metrics.annotations.Variable;
import com.mastertrade.metrics.schema.MasterTradeMetrics;

/**
 * The Data Collection dashboard: collector health, throughput, failures, freshness and run time.
 * Its PromQL refers to the metrics of {@link MasterTradeMetrics} as {@code {Category.method}}
 * ({@code :bucket}, {@code :count}, {@code :sum} for the series of a histogram or summary): the
 * processor checks each reference, label and function against the schema, so renaming a metric or
 * dropping a label used here fails the compilation.
 */
@Dashboard(
    schema = MasterTradeMetrics.class,
    uid = "mastertrade-data-collection",
    title = "MasterTrade / Data Collection",
    description = "Market data collectors: health, throughput, failures, freshness, run time.",
    tags = "data",
    variables = @Variable(metric = "DataCollection.pointsCollected", label = "data_type"),
    panels = {
      @Panel(
          title = "Collector health",
          description = "1 if the collector's last run succeeded, 0 if it failed.",
          type = PanelType.STAT,
          width = 24,
          height = 4,
          expr = "min by (collector, source) ({DataCollection.health})",
          legend = "{{collector}} / {{source}}"),
      @Panel(
          title = "Data points collected per second",
          unit = "ops",
          expr =
              "sum by (collector, data_type) (rate({DataCollection.pointsCollected}"
                  + "{data_type=~\"$data_type\"}[$__rate_interval]))",
          legend = "{{collector}} {{data_type}}"),
      @Panel(
          title = "Collection errors per second",
          unit = "ops",
          expr = "sum by (collector, source) (rate({DataCollection.errors}[$__rate_interval]))",
          legend = "{{collector}} / {{source}}"),
      @Panel(
          title = "Time since last successful collection",
          unit = "s",
          expr = "time() - max by (collector, source) ({DataCollection.lastSuccessTime})",
          legend = "{{collector}} / {{source}}"),
      @Panel(
          title = "Collection duration p95",
          unit = "s",
          expr =
              "histogram_quantile(0.95, sum by (collector, le) "
                  + "(rate({DataCollection.duration:bucket}[$__rate_interval])))",
          legend = "{{collector}}")
    })
public interface DataCollectionDashboard {}
