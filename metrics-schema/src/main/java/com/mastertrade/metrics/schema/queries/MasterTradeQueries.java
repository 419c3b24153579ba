package com.mastertrade.metrics.schema.queries;

import com.mastertrade.metrics.annotations.ExampleQueries;
import com.mastertrade.metrics.annotations.Query;
import com.mastertrade.metrics.schema.MasterTradeMetrics;

/**
 * The example queries of the docs ({@code generated-docs/queries.md} and {@code queries.promql}).
 * Its PromQL refers to the metrics of {@link MasterTradeMetrics} as {@code {Category.method}}
 * ({@code :bucket}, {@code :count}, {@code :sum} for the series of a histogram or summary): the
 * processor checks each reference, label and function against the schema, so renaming a metric or
 * dropping a label used here fails the compilation.
 */
@ExampleQueries(
    schema = MasterTradeMetrics.class,
    value = {
      @Query(
          name = "Services down",
          description = "Targets Prometheus cannot scrape, from its own up series.",
          expr = "up == 0"),
      @Query(
          name = "Request rate per service",
          description = "HTTP requests per second served by each service.",
          expr = "sum by (job) (rate({Http.requests}[5m]))"),
      @Query(
          name = "5xx error ratio per service",
          description = "Share of HTTP requests answered with a 5xx status.",
          expr =
              "sum by (job) (rate({Http.requests}{status=\"5xx\"}[5m])) / "
                  + "sum by (job) (rate({Http.requests}[5m]))"),
      @Query(
          name = "Refused requests by reason",
          description =
              "Requests refused per second by the gateway's API keys and rate limit and the"
                  + " services' internal credential check.",
          expr = "sum by (job, reason) (rate({Http.requestsRefused}[5m]))"),
      @Query(
          name = "HTTP p95 latency",
          description = "95th percentile of HTTP request latency per service.",
          expr =
              "histogram_quantile(0.95, sum by (job, le)"
                  + " (rate({Http.requestDuration:bucket}[5m])))"),
      @Query(
          name = "HTTP p99 latency per route",
          description = "99th percentile of HTTP request latency per route template.",
          expr =
              "histogram_quantile(0.99, sum by (route, le) "
                  + "(rate({Http.requestDuration:bucket}[5m])))"),
      @Query(
          name = "Unhealthy collectors",
          description = "Collectors whose last run failed.",
          expr = "{DataCollection.health} == 0"),
      @Query(
          name = "Time since last collection",
          description = "Seconds since each collector last succeeded; alert-worthy above 300.",
          expr = "time() - max by (collector, source) ({DataCollection.lastSuccessTime})"),
      @Query(
          name = "Data collection rate",
          description = "Data points collected per second, by collector and data type.",
          expr = "sum by (collector, data_type) (rate({DataCollection.pointsCollected}[5m]))"),
      @Query(
          name = "Order fill rate",
          description = "Orders filled per order placed over 5 minutes.",
          expr = "sum(rate({Trading.ordersFilled}[5m])) / sum(rate({Trading.ordersPlaced}[5m]))"),
      @Query(
          name = "Portfolio value per account",
          description = "Cash plus open positions, per account.",
          expr = "sum by (account) ({Trading.portfolioValue})"),
      @Query(
          name = "Active positions per strategy",
          description = "Open positions of each strategy.",
          expr = "sum by (strategy) ({Trading.activePositions})"),
      @Query(
          name = "Trade value p99",
          description = "99th percentile of filled order value over 5 minutes, from the buckets.",
          expr =
              "histogram_quantile(0.99, sum by (side, le)"
                  + " (rate({Trading.tradeValue:bucket}[5m])))"),
      @Query(
          name = "Goals behind",
          description = "Goals less than half way to their target.",
          expr = "{Goals.progress} < 0.5"),
      @Query(
          name = "Risk limit breaches today",
          description = "Breaches of each risk limit over the last day.",
          expr = "sum by (limit) (increase({Risk.limitBreaches}[1d]))"),
      @Query(
          name = "Cache hit ratio",
          description = "Share of cache lookups that hit, per cache.",
          expr =
              "sum by (cache) (rate({RedisCache.lookups}{result=\"hit\"}[5m])) / "
                  + "sum by (cache) (rate({RedisCache.lookups}[5m]))"),
      @Query(
          name = "Mean database query time",
          description = "Average query time per statement kind.",
          expr =
              "sum by (operation) (rate({Database.queryDuration:sum}[5m])) / "
                  + "sum by (operation) (rate({Database.queryDuration:count}[5m]))"),
      @Query(
          name = "Models drifting",
          description = "Models whose drift score is above the ModelDrift threshold.",
          expr = "max by (model) ({MlModels.driftScore}) > 0.15"),
      @Query(
          name = "Model versions",
          description = "The version of each model in use.",
          expr = "{MlModels.info}"),
      @Query(
          name = "Alert delivery failure ratio",
          description = "Share of alert deliveries that failed, per channel.",
          expr =
              "sum by (channel) (rate({Alerts.deliveryFailures}[5m])) / "
                  + "(sum by (channel) (rate({Alerts.delivered}[5m])) + "
                  + "sum by (channel) (rate({Alerts.deliveryFailures}[5m])))")
    })
public interface MasterTradeQueries {}
