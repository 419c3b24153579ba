package com.mastertrade.metrics.schema;

import static com.google.common.truth.Truth.assertThat;
import static com.mastertrade.metrics.schema.Exposition.samples;
import static com.mastertrade.metrics.schema.Exposition.value;

import com.mastertrade.metrics.runtime.http.HttpMethod;
import com.mastertrade.metrics.runtime.http.HttpStatusClass;
import com.mastertrade.metrics.schema.MasterTradeLabels.OrderType;
import com.mastertrade.metrics.schema.MasterTradeLabels.Service;
import com.mastertrade.metrics.schema.MasterTradeLabels.Side;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Records through the generated recorders of the real schema and reads the scrape back. */
class RecordingTest {
  private PrometheusRegistry registry;
  private PrometheusMasterTradeMetrics metrics;

  @BeforeEach
  void register() {
    registry = new PrometheusRegistry();
    metrics = PrometheusMasterTradeMetrics.register(registry);
  }

  @Test
  void countersAreExposedWithTotalHelpAndSortedLabels() {
    metrics.trading().ordersPlaced("BTCUSDT", Side.BUY, OrderType.MARKET).inc();
    metrics.trading().ordersPlaced("BTCUSDT", Side.BUY, OrderType.MARKET).inc(2);
    metrics.trading().ordersPlaced("ETHUSDT", Side.SELL, OrderType.LIMIT).inc();

    String scrape = Exposition.scrape(registry);
    assertThat(scrape).contains("# HELP mastertrade_orders_placed_total Orders placed\n");
    assertThat(scrape).contains("# TYPE mastertrade_orders_placed_total counter\n");
    assertThat(
            value(
                registry,
                "mastertrade_orders_placed_total{side=\"buy\",symbol=\"BTCUSDT\",type=\"market\"}"))
        .isEqualTo(3.0);
    assertThat(
            value(
                registry,
                "mastertrade_orders_placed_total{side=\"sell\",symbol=\"ETHUSDT\",type=\"limit\"}"))
        .isEqualTo(1.0);
    assertThat(samples(registry, "mastertrade_orders_placed_total")).hasSize(2);
  }

  @Test
  void closedLabelCountersStartAtZeroForEveryCombination() {
    // 4 limits: every series exists before the first breach, so rate() sees the first one.
    assertThat(samples(registry, "mastertrade_risk_limit_breaches_total")).hasSize(4);
    metrics.risk().limitBreaches(MasterTradeLabels.RiskLimit.DAILY_LOSS).inc();
    assertThat(value(registry, "mastertrade_risk_limit_breaches_total{limit=\"daily_loss\"}"))
        .isEqualTo(1.0);
    assertThat(value(registry, "mastertrade_risk_limit_breaches_total{limit=\"drawdown\"}"))
        .isEqualTo(0.0);
  }

  @Test
  void gaugesWithLabelsExistOnlyOnceSet() {
    assertThat(samples(registry, "mastertrade_goal_progress_ratio")).isEmpty();
    metrics.goals().progress(MasterTradeLabels.GoalType.PROFIT, "monthly").set(0.25);
    assertThat(value(registry, "mastertrade_goal_progress_ratio{goal=\"monthly\",type=\"profit\"}"))
        .isEqualTo(0.25);
    assertThat(samples(registry, "mastertrade_goal_progress_ratio")).hasSize(1);
  }

  @Test
  void histogramsHaveTheSeedsBucketsInSeconds() {
    var duration = metrics.http().requestDuration(HttpMethod.GET, "/orders/{id}");
    duration.observe(0.03);
    duration.observe(12);

    String series =
        "mastertrade_http_request_duration_seconds_bucket{method=\"GET\",route=\"/orders/{id}\",le=";
    assertThat(samples(registry, "mastertrade_http_request_duration_seconds_bucket"))
        .containsExactly(
            series + "\"0.005\"} 0",
            series + "\"0.01\"} 0",
            series + "\"0.025\"} 0",
            series + "\"0.05\"} 1",
            series + "\"0.075\"} 1",
            series + "\"0.1\"} 1",
            series + "\"0.25\"} 1",
            series + "\"0.5\"} 1",
            series + "\"0.75\"} 1",
            series + "\"1.0\"} 1",
            series + "\"2.5\"} 1",
            series + "\"5.0\"} 1",
            series + "\"7.5\"} 1",
            series + "\"10.0\"} 1",
            series + "\"+Inf\"} 2")
        .inOrder();
    assertThat(
            value(
                registry,
                "mastertrade_http_request_duration_seconds_count{method=\"GET\",route=\"/orders/{id}\"}"))
        .isEqualTo(2);
    assertThat(Exposition.scrapeOpenMetrics(registry))
        .contains("# UNIT mastertrade_http_request_duration_seconds seconds\n");
  }

  @Test
  void tradeValuesAreCountedInTheirBuckets() {
    var value = metrics.trading().tradeValue(Side.BUY);
    for (int i = 1; i <= 100; i++) {
      value.observe(i * 100);
    }
    assertThat(value(registry, "mastertrade_trade_value_usd_bucket{side=\"buy\",le=\"1000.0\"}"))
        .isEqualTo(10);
    assertThat(value(registry, "mastertrade_trade_value_usd_bucket{side=\"buy\",le=\"+Inf\"}"))
        .isEqualTo(100);
    assertThat(value(registry, "mastertrade_trade_value_usd_count{side=\"buy\"}")).isEqualTo(100);
    assertThat(value(registry, "mastertrade_trade_value_usd_sum{side=\"buy\"}")).isEqualTo(505_000);
  }

  @Test
  void infoMetricsPublishOneSeriesAtATime() {
    metrics.serviceHealth().info(Service.RISK_MANAGER, "1.0.0").set();
    metrics.serviceHealth().info(Service.RISK_MANAGER, "1.1.0").set();

    assertThat(samples(registry, "mastertrade_service_info"))
        .containsExactly("mastertrade_service_info{service=\"risk_manager\",version=\"1.1.0\"} 1");
  }

  @Test
  void httpStatusIsItsClass() {
    metrics.http().requests(HttpMethod.POST, "/orders", HttpStatusClass.of(201)).inc();
    metrics.http().requests(HttpMethod.POST, "/orders", HttpStatusClass.of(503)).inc();
    assertThat(
            value(
                registry,
                "mastertrade_http_requests_total{method=\"POST\",route=\"/orders\",status=\"2xx\"}"))
        .isEqualTo(1);
    assertThat(
            value(
                registry,
                "mastertrade_http_requests_total{method=\"POST\",route=\"/orders\",status=\"5xx\"}"))
        .isEqualTo(1);
  }

  @Test
  void sameLabelsGiveTheSameRecorder() {
    assertThat(metrics.trading().ordersFilled("BTCUSDT", Side.BUY, OrderType.MARKET))
        .isSameInstanceAs(metrics.trading().ordersFilled("BTCUSDT", Side.BUY, OrderType.MARKET));
    assertThat(metrics.risk().limitBreaches(MasterTradeLabels.RiskLimit.EXPOSURE))
        .isSameInstanceAs(metrics.risk().limitBreaches(MasterTradeLabels.RiskLimit.EXPOSURE));
  }

  @Test
  void oneCategoryCanBeRegisteredAlone() {
    PrometheusRegistry alone = new PrometheusRegistry();
    PrometheusMasterTradeMetricsRisk.register(alone).drawdown().set(0.1);
    assertThat(Exposition.scrape(alone)).doesNotContain("mastertrade_http_");
    assertThat(value(alone, "mastertrade_risk_drawdown_ratio")).isEqualTo(0.1);
  }
}
