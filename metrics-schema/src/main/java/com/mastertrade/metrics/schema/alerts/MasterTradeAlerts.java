package com.mastertrade.metrics.schema.alerts;

import static com.mastertrade.metrics.schema.scrape.MasterTradeScrapeConfig.API_GATEWAY;
import static com.mastertrade.metrics.schema.scrape.MasterTradeScrapeConfig.API_GATEWAY_TARGET;
import static com.mastertrade.metrics.schema.scrape.MasterTradeScrapeConfig.MARKET_DATA_SERVICE;
import static com.mastertrade.metrics.schema.scrape.MasterTradeScrapeConfig.MARKET_DATA_SERVICE_TARGET;
import static com.mastertrade.metrics.schema.scrape.MasterTradeScrapeConfig.ORDER_EXECUTOR;
import static com.mastertrade.metrics.schema.scrape.MasterTradeScrapeConfig.ORDER_EXECUTOR_INSTANCE;
import static com.mastertrade.metrics.schema.scrape.MasterTradeScrapeConfig.ORDER_EXECUTOR_TARGET;
import static com.mastertrade.metrics.schema.scrape.MasterTradeScrapeConfig.RISK_MANAGER;
import static com.mastertrade.metrics.schema.scrape.MasterTradeScrapeConfig.RISK_MANAGER_TARGET;
import static com.mastertrade.metrics.schema.scrape.MasterTradeScrapeConfig.STRATEGY_SERVICE;
import static com.mastertrade.metrics.schema.scrape.MasterTradeScrapeConfig.STRATEGY_SERVICE_TARGET;

import com.mastertrade.metrics.annotations.Alert;
import com.mastertrade.metrics.annotations.AlertGroup;
import com.mastertrade.metrics.annotations.AlertTest;
import com.mastertrade.metrics.annotations.RecordingRule;
import com.mastertrade.metrics.annotations.Runbook;
import com.mastertrade.metrics.annotations.RunbookCheck;
import com.mastertrade.metrics.annotations.Severity;
import com.mastertrade.metrics.annotations.TestSeries;
import com.mastertrade.metrics.schema.MasterTradeMetrics;

/**
 * The alert rules of the services, the recording rules that dashboards and alerts share, and a
 * {@code promtool test rules} case per alert whose series carry the labels of the scrape targets
 * ({@link com.mastertrade.metrics.schema.scrape.MasterTradeScrapeConfig}). Its PromQL refers to the
 * metrics of {@link MasterTradeMetrics} as {@code {Category.method}} ({@code :bucket}, {@code
 * :count}, {@code :sum} for the series of a histogram or summary): the processor checks each
 * reference, label and function against the schema, so renaming a metric or dropping a label used
 * here fails the compilation.
 */
@AlertGroup(
    schema = MasterTradeMetrics.class,
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
      // A dead service cannot report service_up == 0, so ServiceDown rests on Prometheus'
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
          runbook =
              @Runbook(
                  meaning =
                      "Prometheus cannot scrape the service: it is not running, not listening, or"
                          + " too busy to answer, and whatever depends on it fails too",
                  causes = {
                    "The process exited: a server it needs was unreachable at start (exit code 2,"
                        + " named in its log)",
                    "The process was stopped, or killed for lack of memory",
                    "It runs but its HTTP port does not answer within the scrape timeout"
                  },
                  checks = {
                    @RunbookCheck(description = "Which targets are down", expr = "up == 0"),
                    @RunbookCheck(
                        description = "When each service last started",
                        expr = "max by (job) ({ServiceHealth.startTime})"),
                    @RunbookCheck(
                        description = "Whether the services still report themselves up",
                        expr = "min by (job) ({ServiceHealth.up})")
                  },
                  dashboards = {"mastertrade-system-health"}),
          test =
              @AlertTest(
                  series =
                      @TestSeries(
                          series = "up{" + ORDER_EXECUTOR_TARGET + "}",
                          firing = "0x20",
                          quiet = "1x20"),
                  labels = {"job=" + ORDER_EXECUTOR, "instance=" + ORDER_EXECUTOR_INSTANCE})),
      // ServiceDown fires per instance and silences only that instance's alerts; when every
      // instance of a job is down, JobDown silences the job's other alerts, its SLO pages too.
      @Alert(
          name = "JobDown",
          expr = "max by (job) (up) == 0",
          pendingFor = "2m",
          severity = Severity.CRITICAL,
          summary = "every instance of {{ $labels.job }} is down",
          description =
              "Prometheus has not been able to scrape any instance of {{ $labels.job }} for 2"
                  + " minutes: the service is gone, and its other alerts are silenced.",
          runbook =
              @Runbook(
                  meaning =
                      "No instance of the service answers: everything that depends on it fails,"
                          + " and its own SLO and error alerts say nothing new",
                  causes = {
                    "Every instance exited: a server they need was unreachable at start",
                    "The service was stopped or not deployed",
                    "The network between Prometheus and the service is cut"
                  },
                  mitigations = {
                    "Start the service again, or roll back the deploy that stopped it",
                    "Restore the server it needs at start (PostgreSQL, Redis, RabbitMQ)"
                  },
                  checks = {
                    @RunbookCheck(
                        description = "Instances up per job",
                        expr = "sum by (job) (up)"),
                    @RunbookCheck(
                        description = "When each service last started",
                        expr = "max by (job) ({ServiceHealth.startTime})")
                  },
                  dashboards = {"mastertrade-system-health"}),
          test =
              @AlertTest(
                  series =
                      @TestSeries(
                          series = "up{" + ORDER_EXECUTOR_TARGET + "}",
                          firing = "0x20",
                          quiet = "1x20"),
                  labels = {"job=" + ORDER_EXECUTOR})),
      @Alert(
          name = "HighErrorRate",
          expr = "job:mastertrade_http_requests_5xx:ratio_rate5m > 0.05",
          pendingFor = "5m",
          severity = Severity.CRITICAL,
          summary = "{{ $labels.job }} answers more than 5% of requests with 5xx",
          description =
              "More than 5% of the HTTP requests {{ $labels.job }} served in the last 5 minutes"
                  + " failed with a 5xx status.",
          runbook =
              @Runbook(
                  meaning =
                      "More than 5% of the requests the service answers fail with a 5xx status: its"
                          + " users see errors",
                  causes = {
                    "A backend it calls fails: PostgreSQL queries, Redis operations or an upstream"
                        + " service",
                    "A bug in the running version",
                    "Overload: requests time out"
                  },
                  checks = {
                    @RunbookCheck(
                        description = "5xx responses per route",
                        expr = "sum by (job, route) (rate({Http.requests}{status=\"5xx\"}[5m]))"),
                    @RunbookCheck(
                        description = "Failing database queries",
                        expr = "sum by (job, table) (rate({Database.queryErrors}[5m]))"),
                    @RunbookCheck(
                        description = "Failing Redis operations",
                        expr = "sum by (job, operation) (rate({RedisCache.operationErrors}[5m]))")
                  },
                  dashboards = {"mastertrade-system-health"}),
          test =
              @AlertTest(
                  series = {
                    @TestSeries(
                        series =
                            "{Http.requests}{"
                                + API_GATEWAY_TARGET
                                + ", method=\"GET\", route=\"/orders\", status=\"5xx\"}",
                        firing = "0+10x30",
                        quiet = "0+1x30"),
                    @TestSeries(
                        series =
                            "{Http.requests}{"
                                + API_GATEWAY_TARGET
                                + ", method=\"GET\", route=\"/orders\", status=\"2xx\"}",
                        firing = "0+90x30",
                        quiet = "0+99x30")
                  },
                  labels = "job=" + API_GATEWAY)),
      @Alert(
          name = "DataCollectorDown",
          expr = "min by (job, collector, source) ({DataCollection.health}) == 0",
          pendingFor = "5m",
          severity = Severity.WARNING,
          summary = "Collector {{ $labels.collector }} ({{ $labels.source }}) is failing",
          description =
              "The last runs of collector {{ $labels.collector }} of {{ $labels.source }} in"
                  + " {{ $labels.job }} have failed for 5 minutes.",
          runbook =
              @Runbook(
                  meaning =
                      "A market data collector keeps failing: prices and candles stop updating, and"
                          + " strategies trade on stale data",
                  causes = {
                    "RabbitMQ, Redis or PostgreSQL is unreachable from the market data service",
                    "The data source fails or answers garbage"
                  },
                  checks = {
                    @RunbookCheck(
                        description = "Failed runs per collector",
                        expr =
                            "sum by (collector, source) (increase({DataCollection.errors}[15m]))"),
                    @RunbookCheck(
                        description = "Seconds since each collector last succeeded",
                        expr =
                            "time() - max by (collector, source)"
                                + " ({DataCollection.lastSuccessTime})")
                  },
                  dashboards = {"mastertrade-data-collection", "mastertrade-system-health"}),
          test =
              @AlertTest(
                  series =
                      @TestSeries(
                          series =
                              "{DataCollection.health}{"
                                  + MARKET_DATA_SERVICE_TARGET
                                  + ", collector=\"binance\", source=\"rest\"}",
                          firing = "0x20",
                          quiet = "1x20"),
                  labels = {"job=" + MARKET_DATA_SERVICE, "collector=binance", "source=rest"})),
      @Alert(
          name = "ModelDrift",
          expr = "max by (job, model) ({MlModels.driftScore}) > 0.15",
          pendingFor = "30m",
          severity = Severity.WARNING,
          summary = "Model {{ $labels.model }} drifts from its training data",
          description =
              "The drift score of model {{ $labels.model }} has been above 0.15 for 30 minutes;"
                  + " consider retraining it.",
          runbook =
              @Runbook(
                  meaning =
                      "The inputs of a model have moved away from its training data: its"
                          + " predictions, and the signals built on them, are less reliable",
                  causes = {
                    "The market changed regime, e.g. volatility rose",
                    "The model trains on too short or too old a window",
                    "The market data feeding it is wrong"
                  },
                  checks = {
                    @RunbookCheck(
                        description = "Drift score per model",
                        expr = "max by (model) ({MlModels.driftScore})"),
                    @RunbookCheck(
                        description = "Accuracy per model",
                        expr = "max by (model) ({MlModels.accuracy})")
                  },
                  dashboards = {"mastertrade-ml-models"}),
          test =
              @AlertTest(
                  series =
                      @TestSeries(
                          series =
                              "{MlModels.driftScore}{"
                                  + STRATEGY_SERVICE_TARGET
                                  + ", model=\"lstm\"}",
                          firing = "0.2x60",
                          quiet = "0.1x60"),
                  labels = {"job=" + STRATEGY_SERVICE, "model=lstm"})),
      @Alert(
          name = "RiskLimitBreach",
          // A breach before Prometheus' first scrape of a new risk manager makes the counter's
          // first sample 1, which increase() cannot see: a series born within the window with
          // breaches fires too.
          expr =
              "sum by (job, limit) (increase({Risk.limitBreaches}[5m])) > 0"
                  + " or sum by (job, limit) ({Risk.limitBreaches}"
                  + " unless {Risk.limitBreaches} offset 5m) > 0",
          severity = Severity.CRITICAL,
          summary = "Risk limit {{ $labels.limit }} breached",
          description =
              "{{ $labels.job }} detected a breach of the {{ $labels.limit }} risk limit in the"
                  + " last 5 minutes.",
          runbook =
              @Runbook(
                  meaning =
                      "The risk manager found a position, exposure, drawdown or daily loss beyond"
                          + " its limit: money is at risk beyond what the desk accepts",
                  causes = {
                    "An order pushed a position over its limit",
                    "The price moved against an open position",
                    "A limit is set tighter than the strategies trade"
                  },
                  checks = {
                    @RunbookCheck(
                        description = "Breaches per limit in the last hour",
                        expr = "sum by (limit) (increase({Risk.limitBreaches}[1h]))"),
                    @RunbookCheck(
                        description = "How much of each limit is used",
                        expr = "max by (limit) ({Risk.limitUtilization})"),
                    @RunbookCheck(
                        description = "Exposure per symbol",
                        expr = "sum by (symbol) ({Risk.exposure})")
                  },
                  dashboards = {"mastertrade-trading-performance"}),
          test =
              @AlertTest(
                  series =
                      @TestSeries(
                          series =
                              "{Risk.limitBreaches}{"
                                  + RISK_MANAGER_TARGET
                                  + ", limit=\"exposure\"}",
                          firing = "_x7 1x12",
                          quiet = "0x20"),
                  labels = {"job=" + RISK_MANAGER, "limit=exposure"}))
    })
public interface MasterTradeAlerts {}
