package com.mastertrade.metrics.schema;

import com.mastertrade.metrics.annotations.Alert;
import com.mastertrade.metrics.annotations.AlertGroup;
import com.mastertrade.metrics.annotations.AlertTest;
import com.mastertrade.metrics.annotations.BucketPreset;
import com.mastertrade.metrics.annotations.Buckets;
import com.mastertrade.metrics.annotations.Category;
import com.mastertrade.metrics.annotations.Dashboard;
import com.mastertrade.metrics.annotations.ExampleQueries;
import com.mastertrade.metrics.annotations.LabelValue;
import com.mastertrade.metrics.annotations.MaxValues;
import com.mastertrade.metrics.annotations.Metric;
import com.mastertrade.metrics.annotations.MetricsSchema;
import com.mastertrade.metrics.annotations.Panel;
import com.mastertrade.metrics.annotations.PanelType;
import com.mastertrade.metrics.annotations.Quantiles;
import com.mastertrade.metrics.annotations.Query;
import com.mastertrade.metrics.annotations.RecordingRule;
import com.mastertrade.metrics.annotations.ScrapeConfig;
import com.mastertrade.metrics.annotations.ScrapeTarget;
import com.mastertrade.metrics.annotations.Severity;
import com.mastertrade.metrics.annotations.TestSeries;
import com.mastertrade.metrics.annotations.Variable;
import com.mastertrade.metrics.runtime.CounterRecorder;
import com.mastertrade.metrics.runtime.GaugeRecorder;
import com.mastertrade.metrics.runtime.HistogramRecorder;
import com.mastertrade.metrics.runtime.InfoRecorder;
import com.mastertrade.metrics.runtime.SummaryRecorder;
import com.mastertrade.metrics.runtime.http.HttpMethod;
import com.mastertrade.metrics.runtime.http.HttpServerMetrics;
import com.mastertrade.metrics.runtime.http.HttpStatusClass;

/**
 * Every metric of the six MasterTrade services, in the seed's 11 categories. The annotation
 * processor generates {@code PrometheusMasterTradeMetrics} and one recorder class per category from
 * this file, and the docs, dashboards and alert rules from the same declarations.
 *
 * <p>Where this schema departs from the names of the seed's Python module, and why:
 *
 * <ul>
 *   <li>Every name carries the {@code mastertrade_} namespace, so the metrics cannot collide with
 *       those of libraries and exporters scraped by the same Prometheus.
 *   <li>No metric has a {@code service_name} label: each service is its own process and scrape
 *       target, so Prometheus' {@code job} label says which service a series comes from. The seed's
 *       {@code by (service_name)} queries become {@code by (job)}.
 *   <li>{@code data_collector_last_success_timestamp} becomes {@code
 *       data_collector_last_success_timestamp_seconds}: a timestamp gauge states its unit.
 *   <li>{@code active_positions_count} becomes {@code active_positions}: {@code _count} is the
 *       suffix of histogram and summary counts, and a gauge ending in it confuses PromQL tools.
 *   <li>The seed's {@code user_id} and {@code goal_id} labels are unbounded; here an account and a
 *       goal are open labels with a declared bound, and the goal's type is a closed set.
 *   <li>The model version is no longer a label of accuracy and drift (each retraining would start
 *       new series); it is published once in {@code model_info}.
 *   <li>HTTP status is the status class ({@code 2xx}..{@code 5xx}), as Prometheus HTTP
 *       instrumentations group it, and latency is not split by status.
 * </ul>
 */
@MetricsSchema(namespace = "mastertrade", maxSeries = 100_000, maxSeriesPerMetric = 5_000)
public interface MasterTradeMetrics {

  /** The six services, as the {@code service} label of {@code service_info}. */
  enum Service {
    STRATEGY_SERVICE,
    RISK_MANAGER,
    ALERT_SYSTEM,
    API_GATEWAY,
    MARKET_DATA_SERVICE,
    ORDER_EXECUTOR
  }

  /** The statement kind of a database query. */
  enum QueryType {
    SELECT,
    INSERT,
    UPDATE,
    DELETE,
    UPSERT,
    DDL
  }

  /** The state of a pooled database connection. */
  enum ConnectionState {
    ACTIVE,
    IDLE,
    PENDING
  }

  /** What became of a consumed message. */
  enum MessageOutcome {
    /** Applied and acknowledged. */
    @LabelValue("ack")
    ACKNOWLEDGED,
    /** Applied before (a redelivery): acknowledged without applying it again. */
    DUPLICATE,
    /** Failed, most likely because a server is down: retried after a backoff. */
    RETRIED,
    /** Malformed, or still failing after the last retry: moved to the dead-letter queue. */
    DEAD_LETTERED
  }

  /** Why a publish to RabbitMQ failed. */
  enum PublishFailure {
    /** The connection or channel was closed, or writing to it failed. */
    UNREACHABLE,
    /** RabbitMQ refused a message (a negative publisher confirm). */
    NACKED,
    /** RabbitMQ did not confirm a message in time. */
    UNCONFIRMED
  }

  /** A cache operation. */
  enum CacheOperation {
    GET,
    SET,
    DELETE
  }

  /** The result of a cache lookup. */
  enum CacheResult {
    HIT,
    MISS
  }

  /** The kind of market data a collector gathers. */
  enum DataType {
    TICKS,
    CANDLES,
    ORDER_BOOK,
    SENTIMENT
  }

  /** The side of an order or signal. */
  enum Side {
    BUY,
    SELL
  }

  /** What a strategy's signal says to do. */
  enum SignalAction {
    BUY,
    SELL,
    HOLD
  }

  /** How an order is priced. */
  enum OrderType {
    MARKET,
    LIMIT
  }

  /** The kind of a trading goal. */
  enum GoalType {
    PROFIT,
    WIN_RATE,
    MAX_DRAWDOWN,
    TRADE_COUNT
  }

  /** A risk limit the risk manager enforces. */
  enum RiskLimit {
    POSITION_SIZE,
    EXPOSURE,
    DRAWDOWN,
    DAILY_LOSS
  }

  /** The urgency of an alert. */
  enum AlertPriority {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
  }

  /** Where an alert is delivered. */
  enum AlertChannel {
    WEBHOOK,
    LOG,
    EMAIL
  }

  /**
   * Why a request was refused before its handler ran: by the gateway's API keys and rate limit, or
   * by an internal service's check of its caller.
   */
  enum AccessRefusal {
    /** 401: an {@code /api} call without an API key. */
    MISSING_KEY,
    /** 401: an API key that is unknown or revoked. */
    INVALID_KEY,
    /** 403: a valid API key without the scope the call needs. */
    KEY_NOT_ALLOWED,
    /** 429: the key's rate limit is used up. */
    RATE_LIMITED,
    /** 403: a caller that is not on the loopback interface. */
    NOT_LOOPBACK,
    /** 401: a call to an internal service without the gateway's internal credential. */
    MISSING_CREDENTIAL,
    /** 401: a call to an internal service with a wrong internal credential. */
    INVALID_CREDENTIAL
  }

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
    @Buckets(preset = BucketPreset.HTTP_LATENCY)
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
    @Buckets({0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5})
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

    @Metric(help = "Time of a collection run", unit = "seconds")
    @Buckets(preset = BucketPreset.DATA_COLLECTION)
    HistogramRecorder duration(@MaxValues(8) String collector, @MaxValues(4) String source);

    @Metric(
        help = "Unix time of the collector's last successful run",
        name = "data_collector_last_success_timestamp_seconds",
        unit = "seconds")
    GaugeRecorder lastSuccessTime(@MaxValues(8) String collector, @MaxValues(4) String source);
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

    @Metric(help = "Time from placing an order to its fill", unit = "seconds")
    @Buckets({0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5})
    HistogramRecorder orderFillDuration(OrderType type);

    @Metric(help = "Open positions, by strategy")
    GaugeRecorder activePositions(@MaxValues(8) String strategy);

    @Metric(help = "Unrealized profit and loss of the open position in a symbol", unit = "usd")
    GaugeRecorder positionPnl(@MaxValues(16) String symbol);

    @Metric(help = "Value of filled orders", unit = "usd")
    @Quantiles({0.5, 0.9, 0.99})
    SummaryRecorder tradeValue(Side side);

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

    @Metric(help = "Time to train a model", unit = "seconds")
    @Buckets(preset = BucketPreset.ML_TRAINING)
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
    CounterRecorder triggered(@MaxValues(16) String alertType, AlertPriority priority);

    @Metric(help = "Alerts delivered, by channel and priority")
    CounterRecorder delivered(AlertChannel channel, AlertPriority priority);

    @Metric(help = "Alert deliveries that failed, by channel and priority")
    CounterRecorder deliveryFailures(AlertChannel channel, AlertPriority priority);

    @Metric(help = "Time to deliver an alert", unit = "seconds")
    @Buckets({0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5})
    HistogramRecorder deliveryDuration(AlertChannel channel);

    @Metric(help = "Alerts currently active (triggered and not resolved), by priority")
    GaugeRecorder active(AlertPriority priority);
  }

  // ---------------------------------------------------------------------------------------------
  // Dashboards, alerts, example queries and the scrape configuration. Their PromQL refers to the
  // metrics above as {Category.method} ({Category.method:bucket}, :count, :sum for the series of
  // a histogram or summary): the processor checks each reference, label and function against
  // this schema, so renaming a metric or dropping a label they use fails the compilation.
  // ---------------------------------------------------------------------------------------------

  @Dashboard(
      uid = "mastertrade-system-health",
      title = "MasterTrade / System Health",
      description = "Are the six services up, how busy and how slow are they, and their backends.",
      tags = "health",
      variables = @Variable(metric = "Http.requests", label = "method"),
      panels = {
        @Panel(
            title = "Services up",
            description = "Prometheus' own scrape result: 0 when a service does not answer.",
            type = PanelType.STAT,
            width = 16,
            height = 4,
            expr = "up",
            legend = "{{job}}"),
        @Panel(
            title = "Uptime",
            type = PanelType.STAT,
            unit = "s",
            width = 8,
            height = 4,
            expr = "max by (job) ({ServiceHealth.uptime})",
            legend = "{{job}}"),
        // The three HTTP panels below read recording rules: they aggregate every route and
        // bucket of every service, the most expensive queries of these dashboards.
        @Panel(
            title = "HTTP request rate",
            unit = "reqps",
            expr = "job:mastertrade_http_requests:rate5m",
            legend = "{{job}}"),
        @Panel(
            title = "HTTP 5xx error ratio",
            description = "The HighErrorRate alert fires above 5% for 5 minutes.",
            unit = "percentunit",
            expr = "job:mastertrade_http_requests_5xx:ratio_rate5m",
            legend = "{{job}}"),
        @Panel(
            title = "HTTP request latency p95 / p99",
            unit = "s",
            width = 24,
            expr = {
              "histogram_quantile(0.95, "
                  + "job_le:mastertrade_http_request_duration_seconds_bucket:rate5m)",
              "histogram_quantile(0.99, "
                  + "job_le:mastertrade_http_request_duration_seconds_bucket:rate5m)"
            },
            legend = {"p95 {{job}}", "p99 {{job}}"}),
        @Panel(
            title = "HTTP requests by method",
            unit = "reqps",
            expr = "sum by (method) (rate({Http.requests}{method=~\"$method\"}[$__rate_interval]))",
            legend = "{{method}}"),
        @Panel(
            title = "Database connections",
            expr = "sum by (job, state) ({Database.connections})",
            legend = "{{job}} {{state}}"),
        @Panel(
            title = "RabbitMQ message rate",
            unit = "ops",
            width = 24,
            expr = {
              "sum by (job) (rate({RabbitMq.messagesPublished}[$__rate_interval]))",
              "sum by (job) (rate({RabbitMq.messagesConsumed}[$__rate_interval]))"
            },
            legend = {"published {{job}}", "consumed {{job}}"})
      })
  interface SystemHealthDashboard {}

  @Dashboard(
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
  interface DataCollectionDashboard {}

  @Dashboard(
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
  interface TradingPerformanceDashboard {}

  @Dashboard(
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
  interface MlModelsDashboard {}

  @AlertGroup(
      name = "mastertrade",
      records = {
        @RecordingRule(
            record = "job:mastertrade_http_requests:rate5m",
            expr = "sum by (job) (rate({Http.requests}[5m]))"),
        @RecordingRule(
            record = "job:mastertrade_http_requests_5xx:ratio_rate5m",
            expr =
                "sum by (job) (rate({Http.requests}{status=\"5xx\"}[5m])) / "
                    + "sum by (job) (rate({Http.requests}[5m]))"),
        @RecordingRule(
            record = "job_le:mastertrade_http_request_duration_seconds_bucket:rate5m",
            expr = "sum by (job, le) (rate({Http.requestDuration:bucket}[5m]))")
      },
      alerts = {
        // The seed alerted on service_up == 0, which a dead service cannot report; Prometheus'
        // own up series is 0 whenever a target does not answer its scrape.
        @Alert(
            name = "ServiceDown",
            expr = "up == 0",
            pendingFor = "2m",
            severity = Severity.CRITICAL,
            summary = "{{ $labels.job }} is down",
            description =
                "Prometheus has not been able to scrape {{ $labels.job }} at"
                    + " {{ $labels.instance }} for 2 minutes.",
            test =
                @AlertTest(
                    series =
                        @TestSeries(
                            series = "up{job=\"order_executor\", instance=\"127.0.0.1:9002\"}",
                            firing = "0x20",
                            quiet = "1x20"),
                    labels = {"job=order_executor", "instance=127.0.0.1:9002"})),
        @Alert(
            name = "HighErrorRate",
            expr = "job:mastertrade_http_requests_5xx:ratio_rate5m > 0.05",
            pendingFor = "5m",
            severity = Severity.CRITICAL,
            summary = "{{ $labels.job }} answers more than 5% of requests with 5xx",
            description =
                "More than 5% of the HTTP requests {{ $labels.job }} served in the last 5 minutes"
                    + " failed with a 5xx status.",
            test =
                @AlertTest(
                    series = {
                      @TestSeries(
                          series =
                              "{Http.requests}{job=\"api_gateway\", instance=\"127.0.0.1:8080\","
                                  + " method=\"GET\", route=\"/orders\", status=\"5xx\"}",
                          firing = "0+10x30",
                          quiet = "0+1x30"),
                      @TestSeries(
                          series =
                              "{Http.requests}{job=\"api_gateway\", instance=\"127.0.0.1:8080\","
                                  + " method=\"GET\", route=\"/orders\", status=\"2xx\"}",
                          firing = "0+90x30",
                          quiet = "0+99x30")
                    },
                    labels = "job=api_gateway")),
        @Alert(
            name = "DataCollectorDown",
            expr = "min by (job, collector, source) ({DataCollection.health}) == 0",
            pendingFor = "5m",
            severity = Severity.WARNING,
            summary = "Collector {{ $labels.collector }} ({{ $labels.source }}) is failing",
            description =
                "The last runs of collector {{ $labels.collector }} of {{ $labels.source }} in"
                    + " {{ $labels.job }} have failed for 5 minutes.",
            test =
                @AlertTest(
                    series =
                        @TestSeries(
                            series =
                                "{DataCollection.health}{job=\"market_data_service\","
                                    + " instance=\"127.0.0.1:9001\", collector=\"binance\","
                                    + " source=\"rest\"}",
                            firing = "0x20",
                            quiet = "1x20"),
                    labels = {"job=market_data_service", "collector=binance", "source=rest"})),
        @Alert(
            name = "ModelDrift",
            expr = "max by (job, model) ({MlModels.driftScore}) > 0.15",
            pendingFor = "30m",
            severity = Severity.WARNING,
            summary = "Model {{ $labels.model }} drifts from its training data",
            description =
                "The drift score of model {{ $labels.model }} has been above 0.15 for 30 minutes;"
                    + " consider retraining it.",
            test =
                @AlertTest(
                    series =
                        @TestSeries(
                            series =
                                "{MlModels.driftScore}{job=\"strategy_service\","
                                    + " instance=\"127.0.0.1:8003\", model=\"lstm\"}",
                            firing = "0.2x60",
                            quiet = "0.1x60"),
                    labels = {"job=strategy_service", "model=lstm"})),
        @Alert(
            name = "RiskLimitBreach",
            expr = "sum by (job, limit) (increase({Risk.limitBreaches}[5m])) > 0",
            severity = Severity.CRITICAL,
            summary = "Risk limit {{ $labels.limit }} breached",
            description =
                "{{ $labels.job }} detected a breach of the {{ $labels.limit }} risk limit in the"
                    + " last 5 minutes.",
            test =
                @AlertTest(
                    series =
                        @TestSeries(
                            series =
                                "{Risk.limitBreaches}{job=\"risk_manager\","
                                    + " instance=\"127.0.0.1:8002\", limit=\"exposure\"}",
                            firing = "0x7 1x12",
                            quiet = "0x20"),
                    labels = {"job=risk_manager", "limit=exposure"}))
      })
  interface AlertingRules {}

  @ExampleQueries({
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
            "histogram_quantile(0.95, sum by (job, le) (rate({Http.requestDuration:bucket}[5m])))"),
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
        description = "99th percentile of filled order value, from the summary's quantile.",
        expr = "max by (side) ({Trading.tradeValue}{quantile=\"0.99\"})"),
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
  interface Examples {}

  @ScrapeConfig(
      targets = {
        @ScrapeTarget(job = "strategy_service", port = 8003),
        @ScrapeTarget(job = "risk_manager", port = 8002),
        @ScrapeTarget(job = "alert_system", port = 8007),
        @ScrapeTarget(job = "api_gateway", port = 8080),
        @ScrapeTarget(job = "market_data_service", port = 9001),
        @ScrapeTarget(job = "order_executor", port = 9002)
      })
  interface Prometheus {}
}
