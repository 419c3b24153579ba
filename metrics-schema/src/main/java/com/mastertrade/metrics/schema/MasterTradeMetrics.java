package com.mastertrade.metrics.schema;

import com.mastertrade.metrics.annotations.AcceptedBreak;
import com.mastertrade.metrics.annotations.BucketPreset;
import com.mastertrade.metrics.annotations.Buckets;
import com.mastertrade.metrics.annotations.Category;
import com.mastertrade.metrics.annotations.Exemplars;
import com.mastertrade.metrics.annotations.HistogramKind;
import com.mastertrade.metrics.annotations.MaxValues;
import com.mastertrade.metrics.annotations.Metric;
import com.mastertrade.metrics.annotations.MetricsSchema;
import com.mastertrade.metrics.annotations.NamedBuckets;
import com.mastertrade.metrics.annotations.SchemaChange;
import com.mastertrade.metrics.runtime.CounterRecorder;
import com.mastertrade.metrics.runtime.GaugeRecorder;
import com.mastertrade.metrics.runtime.HistogramRecorder;
import com.mastertrade.metrics.runtime.InfoRecorder;
import com.mastertrade.metrics.runtime.http.HttpMethod;
import com.mastertrade.metrics.runtime.http.HttpServerMetrics;
import com.mastertrade.metrics.runtime.http.HttpStatusClass;

/**
 * Every metric of the six MasterTrade services, in 11 categories; their label sets are in {@link
 * MasterTradeLabels}. The annotation processor generates {@code PrometheusMasterTradeMetrics} and
 * one recorder class per category from this file, and the docs, dashboards, alert rules and scrape
 * config from these metrics and the declarations that name this schema (the {@code dashboards},
 * {@code alerts}, {@code queries} and {@code scrape} packages next to it).
 *
 * <p>Where the metric names depart from those of the original Python metrics module, and why, is in
 * this package's documentation.
 */
@MetricsSchema(
    namespace = "mastertrade",
    maxSeries = 100_000,
    maxSeriesPerMetric = 5_000,
    buckets = {
      // Data collection runs: 100 ms to 60 s.
      @NamedBuckets(
          name = "data_collection",
          value = {0.1, 0.5, 1, 5, 10, 30, 60}),
      // Model training: 10 s to 30 min.
      @NamedBuckets(
          name = "ml_training",
          value = {10, 30, 60, 120, 300, 600, 1800})
    })
@AcceptedBreak(
    change = SchemaChange.TYPE_CHANGED,
    element = "mastertrade_trade_value_usd",
    reason =
        "a summary made scrapes take seconds under fast recording; a histogram's scrape does not"
            + " grow with the recording rate, and the p99 query now reads its buckets")
@AcceptedBreak(
    change = SchemaChange.BUCKETS_CHANGED,
    element = "mastertrade_trade_value_usd",
    reason = "the histogram's buckets, 10 to 20,000 USD: bucket series start")
@AcceptedBreak(
    change = SchemaChange.QUANTILE_REMOVED,
    element = "mastertrade_trade_value_usd",
    reason = "quantiles come from histogram_quantile over the buckets: quantile series end")
@AcceptedBreak(
    change = SchemaChange.LABEL_VALUE_REMOVED,
    element = "mastertrade_alerts_delivered{channel=\"email\"}",
    reason =
        "the alert system never delivered by e-mail (the channel threw); people get e-mail from"
            + " Alertmanager's email_configs, which the routing declares")
@AcceptedBreak(
    change = SchemaChange.LABEL_VALUE_REMOVED,
    element = "mastertrade_alerts_delivery_failures{channel=\"email\"}",
    reason =
        "the alert system never delivered by e-mail (the channel threw); people get e-mail from"
            + " Alertmanager's email_configs, which the routing declares")
@AcceptedBreak(
    change = SchemaChange.LABEL_VALUE_REMOVED,
    element = "mastertrade_alerts_delivery_duration_seconds{channel=\"email\"}",
    reason =
        "the alert system never delivered by e-mail (the channel threw); people get e-mail from"
            + " Alertmanager's email_configs, which the routing declares")
// Extends the label sets only so that code may keep naming them MasterTradeMetrics.Side and so on.
public interface MasterTradeMetrics extends MasterTradeLabels {

  @Category(
      title = "HTTP",
      description =
          "Requests served by every HTTP service, recorded by the HTTP instrumentation, and those"
              + " refused by access control before their handler ran.",
      prefix = "http")
  interface Http extends HttpServerMetrics {
    @Override
    @Metric(help = "HTTP requests served, by method, route template and status class")
    CounterRecorder requests(
        HttpMethod method, @MaxValues(20) String route, HttpStatusClass status);

    @Override
    @Metric(help = "Time to serve an HTTP request, from receipt to the last byte", unit = "seconds")
    @Buckets(preset = BucketPreset.HTTP_LATENCY, kind = HistogramKind.BOTH)
    HistogramRecorder requestDuration(HttpMethod method, @MaxValues(20) String route);

    @Override
    @Metric(help = "Size of HTTP request bodies", unit = "bytes")
    @Buckets({100, 1_000, 10_000, 100_000, 1_000_000})
    HistogramRecorder requestSize(HttpMethod method, @MaxValues(20) String route);

    @Override
    @Metric(help = "Size of HTTP response bodies", unit = "bytes")
    @Buckets({100, 1_000, 10_000, 100_000, 1_000_000})
    HistogramRecorder responseSize(HttpMethod method, @MaxValues(20) String route);

    @Metric(
        help =
            "HTTP requests refused before their handler ran, by reason (also counted in"
                + " http_requests with their status)")
    CounterRecorder requestsRefused(AccessRefusal reason);
  }

  @Category(
      title = "Service health",
      description = "Whether each service is up, since when, and what build it runs.",
      prefix = "service")
  interface ServiceHealth {
    @Metric(help = "1 while the service is running and serving, 0 while it shuts down")
    GaugeRecorder up();

    @Metric(help = "Unix time the service started at", unit = "seconds")
    GaugeRecorder startTime();

    @Metric(help = "Time since the service started, refreshed every second", unit = "seconds")
    GaugeRecorder uptime();

    @Metric(help = "The service's name and version")
    InfoRecorder info(Service service, @MaxValues(4) String version);

    @Metric(
        help =
            "Spans handed to the trace exporter, by outcome: exported, or dropped because the trace"
                + " backend was down, refused them or did not answer in time")
    CounterRecorder traceSpans(TraceExport outcome);
  }

  @Category(
      title = "Database",
      description = "PostgreSQL connections and queries, timed around the JDBC calls.",
      prefix = "db")
  interface Database {
    @Metric(help = "Pooled database connections, by state")
    GaugeRecorder connections(ConnectionState state);

    @Metric(help = "Time to run a database query, including fetching its results", unit = "seconds")
    @Buckets(preset = BucketPreset.DATABASE_QUERY)
    HistogramRecorder queryDuration(QueryType operation, @MaxValues(12) String table);

    @Metric(help = "Database queries that failed")
    CounterRecorder queryErrors(QueryType operation, @MaxValues(12) String table);
  }

  @Category(
      title = "RabbitMQ",
      description = "Messages published to and consumed from RabbitMQ.",
      prefix = "rabbitmq")
  interface RabbitMq {
    @Metric(help = "Messages published, by exchange")
    CounterRecorder messagesPublished(@MaxValues(8) String exchange);

    @Metric(help = "Publishes that failed, by exchange and reason")
    CounterRecorder publishFailures(@MaxValues(8) String exchange, PublishFailure reason);

    @Metric(help = "Events in the transactional outbox that RabbitMQ has not confirmed yet")
    GaugeRecorder outboxPending();

    @Metric(help = "Messages consumed, by queue and outcome")
    CounterRecorder messagesConsumed(@MaxValues(12) String queue, MessageOutcome outcome);

    @Metric(help = "Time to process a consumed message", unit = "seconds")
    @Buckets(
        value = {0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5},
        kind = HistogramKind.BOTH)
    HistogramRecorder messageProcessingDuration(@MaxValues(12) String queue);

    @Metric(help = "Messages ready in a queue, as RabbitMQ last reported")
    GaugeRecorder queueDepth(@MaxValues(12) String queue);
  }

  @Category(
      title = "Redis cache",
      description = "Cache lookups and operations against Redis.",
      prefix = "cache")
  interface RedisCache {
    @Metric(help = "Cache lookups, by cache and result (hit or miss)")
    CounterRecorder lookups(@MaxValues(8) String cache, CacheResult result);

    @Metric(help = "Time of a Redis operation", unit = "seconds")
    @Buckets({0.0001, 0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5})
    HistogramRecorder operationDuration(CacheOperation operation);

    @Metric(help = "Redis operations that failed")
    CounterRecorder operationErrors(CacheOperation operation);

    @Metric(
        help =
            "Reads answered from PostgreSQL because Redis failed: degraded answers, by cache (the"
                + " failure itself is in cache_operation_errors)")
    CounterRecorder fallbacks(@MaxValues(8) String cache);
  }

  @Category(
      title = "Data collection",
      description = "Market data collectors: their health, runs, output and failures.",
      prefix = "data_collector")
  interface DataCollection {
    @Metric(help = "1 if the collector's last run succeeded, 0 if it failed")
    GaugeRecorder health(@MaxValues(8) String collector, @MaxValues(4) String source);

    @Metric(help = "Data points collected", name = "data_points_collected")
    CounterRecorder pointsCollected(
        @MaxValues(8) String collector, @MaxValues(4) String source, DataType dataType);

    @Metric(help = "Collection runs that failed")
    CounterRecorder errors(@MaxValues(8) String collector, @MaxValues(4) String source);

    // Collection runs are periodic, outside any request.
    @Metric(help = "Time of a collection run", unit = "seconds", exemplars = Exemplars.OFF)
    @Buckets(named = "data_collection")
    HistogramRecorder duration(@MaxValues(8) String collector, @MaxValues(4) String source);

    @Metric(
        help = "Unix time of the collector's last successful run",
        name = "data_collector_last_success_timestamp_seconds",
        unit = "seconds")
    GaugeRecorder lastSuccessTime(@MaxValues(8) String collector, @MaxValues(4) String source);

    @Metric(
        help =
            "Age of the collector's latest data, sampled every second: time since its last success",
        unit = "seconds",
        exemplars = Exemplars.OFF)
    @Buckets({0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300})
    HistogramRecorder dataAge(@MaxValues(8) String collector, @MaxValues(4) String source);
  }

  @Category(
      title = "Trading",
      description = "Signals, orders, fills, positions, P&L and portfolio value.")
  interface Trading {
    @Metric(help = "Trading signals generated by strategies")
    CounterRecorder signalsGenerated(@MaxValues(8) String strategy, SignalAction action);

    @Metric(help = "Orders placed")
    CounterRecorder ordersPlaced(@MaxValues(16) String symbol, Side side, OrderType type);

    @Metric(help = "Orders filled")
    CounterRecorder ordersFilled(@MaxValues(16) String symbol, Side side, OrderType type);

    @Metric(help = "Orders rejected before reaching the market, by the risk checks or validation")
    CounterRecorder ordersRejected(@MaxValues(16) String symbol, Side side);

    @Metric(
        help = "Orders the executor handled, by outcome: filled, rejected by its checks, failed")
    CounterRecorder ordersHandled(OrderOutcome outcome);

    @Metric(help = "Time from placing an order to its fill", unit = "seconds")
    @Buckets({0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5})
    HistogramRecorder orderFillDuration(OrderType type);

    @Metric(help = "Open positions, by strategy")
    GaugeRecorder activePositions(@MaxValues(8) String strategy);

    @Metric(help = "Unrealized profit and loss of the open position in a symbol", unit = "usd")
    GaugeRecorder positionPnl(@MaxValues(16) String symbol);

    // A histogram, not a summary: a summary computes its quantiles in the service, which made
    // scrapes take seconds while fills were recorded fast; Prometheus computes these from the
    // buckets, over any window and across instances.
    @Metric(help = "Value of filled orders", unit = "usd")
    @Buckets({10, 50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000, 20_000})
    HistogramRecorder tradeValue(Side side);

    @Metric(help = "Cash plus the market value of open positions", unit = "usd")
    GaugeRecorder portfolioValue(@MaxValues(8) String account);
  }

  @Category(
      title = "Goals",
      description = "Trading goals: their progress, current and target values, achievements.",
      prefix = "goal")
  interface Goals {
    @Metric(help = "Progress towards the goal, 1 when reached", unit = "ratio")
    GaugeRecorder progress(GoalType type, @MaxValues(16) String goal);

    @Metric(help = "The goal's current value, in the goal's own unit")
    GaugeRecorder currentValue(GoalType type, @MaxValues(16) String goal);

    @Metric(help = "The goal's target value, in the goal's own unit")
    GaugeRecorder targetValue(GoalType type, @MaxValues(16) String goal);

    @Metric(help = "Goals reached")
    CounterRecorder achievements(GoalType type);
  }

  @Category(
      title = "Risk",
      description = "Risk limit breaches, exposure and drawdown, computed from fills.",
      prefix = "risk")
  interface Risk {
    @Metric(help = "Risk limit breaches detected")
    CounterRecorder limitBreaches(RiskLimit limit);

    @Metric(help = "Market value of the open position in a symbol", unit = "usd")
    GaugeRecorder exposure(@MaxValues(16) String symbol);

    @Metric(help = "Fall of portfolio value from its peak", unit = "ratio")
    GaugeRecorder drawdown();

    @Metric(help = "How much of a risk limit is used, 1 at the limit", unit = "ratio")
    GaugeRecorder limitUtilization(RiskLimit limit);
  }

  @Category(
      title = "ML models",
      description = "Predictions of the strategy's models, their accuracy, drift and training.",
      prefix = "model")
  interface MlModels {
    @Metric(help = "Predictions made, by model and predicted action")
    CounterRecorder predictions(@MaxValues(4) String model, SignalAction prediction);

    @Metric(help = "Time to make a prediction", unit = "seconds")
    @Buckets(preset = BucketPreset.ML_PREDICTION)
    HistogramRecorder predictionDuration(@MaxValues(4) String model);

    @Metric(help = "Share of recent predictions that proved right", unit = "ratio")
    GaugeRecorder accuracy(@MaxValues(4) String model);

    @Metric(help = "Drift of recent inputs from the training data (population stability index)")
    GaugeRecorder driftScore(@MaxValues(4) String model);

    // Retraining is periodic, outside any request.
    @Metric(help = "Time to train a model", unit = "seconds", exemplars = Exemplars.OFF)
    @Buckets(named = "ml_training")
    HistogramRecorder trainingDuration(@MaxValues(4) String model);

    @Metric(help = "The version of each model in use")
    InfoRecorder info(@MaxValues(4) String model, @MaxValues(4) String version);
  }

  @Category(
      title = "Alerts",
      description = "Alerts raised by the alert system and their delivery.",
      prefix = "alerts")
  interface Alerts {
    @Metric(help = "Alerts triggered, by alert type and priority")
    CounterRecorder triggered(@MaxValues(32) String alertType, AlertPriority priority);

    @Metric(help = "Alerts delivered, by channel and priority")
    CounterRecorder delivered(AlertChannel channel, AlertPriority priority);

    @Metric(help = "Alert deliveries that failed, by channel and priority")
    CounterRecorder deliveryFailures(AlertChannel channel, AlertPriority priority);

    // Deliveries run from the alert system's delivery queue, outside the request that raised them.
    @Metric(help = "Time to deliver an alert", unit = "seconds", exemplars = Exemplars.OFF)
    @Buckets({0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5})
    HistogramRecorder deliveryDuration(AlertChannel channel);

    @Metric(help = "Alerts currently active (triggered and not resolved), by priority")
    GaugeRecorder active(AlertPriority priority);
  }
}
