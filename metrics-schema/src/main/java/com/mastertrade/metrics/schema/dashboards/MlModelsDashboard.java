package com.mastertrade.metrics.schema.dashboards;

import com.mastertrade.metrics.annotations.Dashboard;
import com.mastertrade.metrics.annotations.Panel;
import com.mastertrade.metrics.annotations.Variable;
import com.mastertrade.metrics.schema.MasterTradeMetrics;

/**
 * The ML Models dashboard: accuracy, drift, prediction rate and latency, training time. Its PromQL
 * refers to the metrics of {@link MasterTradeMetrics} as {@code {Category.method}} ({@code
 * :bucket}, {@code :count}, {@code :sum} for the series of a histogram or summary): the processor
 * checks each reference, label and function against the schema, so renaming a metric or dropping a
 * label used here fails the compilation.
 */
@Dashboard(
    schema = MasterTradeMetrics.class,
    uid = "mastertrade-ml-models",
    title = "MasterTrade / ML Models",
    description = "Accuracy, drift, prediction rate and latency, training time of each model.",
    tags = "ml",
    variables = @Variable(metric = "MlModels.predictions", label = "prediction"),
    panels = {
      @Panel(
          title = "Model accuracy",
          unit = "percentunit",
          expr = "max by (model) ({MlModels.accuracy})",
          legend = "{{model}}"),
      @Panel(
          title = "Drift score",
          description = "Population stability index; the ModelDrift alert fires above 0.15.",
          expr = "max by (model) ({MlModels.driftScore})",
          legend = "{{model}}"),
      @Panel(
          title = "Predictions per second",
          unit = "ops",
          expr =
              "sum by (model, prediction) (rate({MlModels.predictions}"
                  + "{prediction=~\"$prediction\"}[$__rate_interval]))",
          legend = "{{model}} {{prediction}}"),
      @Panel(
          title = "Prediction latency p95",
          unit = "s",
          expr =
              "histogram_quantile(0.95, sum by (model, le) "
                  + "(rate({MlModels.predictionDuration:bucket}[$__rate_interval])))",
          legend = "{{model}}"),
      @Panel(
          title = "Mean training duration (1 day)",
          unit = "s",
          width = 24,
          expr =
              "sum by (model) (increase({MlModels.trainingDuration:sum}[1d])) / "
                  + "sum by (model) (increase({MlModels.trainingDuration:count}[1d]))",
          legend = "{{model}}")
    })
public interface MlModelsDashboard {}
