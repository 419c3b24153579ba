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
          test =
              @AlertTest(
                  series =
                      @TestSeries(
                          series = "up{" + ORDER_EXECUTOR_TARGET + "}",
                          firing = "0x20",
                          quiet = "1x20"),
                  labels = {"job=" + ORDER_EXECUTOR, "instance=" + ORDER_EXECUTOR_INSTANCE})),
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
                              "{Risk.limitBreaches}{"
                                  + RISK_MANAGER_TARGET
                                  + ", limit=\"exposure\"}",
                          firing = "0x7 1x12",
                          quiet = "0x20"),
                  labels = {"job=" + RISK_MANAGER, "limit=exposure"}))
    })
public interface MasterTradeAlerts {}
