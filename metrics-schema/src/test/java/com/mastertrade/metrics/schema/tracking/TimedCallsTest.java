package com.mastertrade.metrics.schema.tracking;

import static com.google.common.truth.Truth.assertThat;
import static com.mastertrade.metrics.schema.Exposition.value;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.mastertrade.metrics.schema.MasterTradeLabels.AlertChannel;
import com.mastertrade.metrics.schema.MasterTradeLabels.AlertPriority;
import com.mastertrade.metrics.schema.MasterTradeLabels.CacheOperation;
import com.mastertrade.metrics.schema.MasterTradeLabels.DataType;
import com.mastertrade.metrics.schema.MasterTradeLabels.QueryType;
import com.mastertrade.metrics.schema.PrometheusMasterTradeMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The timing helpers record duration always, and success or failure as the call ended. */
class TimedCallsTest {
  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final PrometheusMasterTradeMetrics metrics =
      PrometheusMasterTradeMetrics.register(registry);

  @Test
  void databaseQueryIsTimedAndItsFailureCountedAndRethrown() throws SQLException {
    DatabaseQueries queries = new DatabaseQueries(metrics.database());
    assertThat(queries.time(QueryType.SELECT, "orders", () -> 42)).isEqualTo(42);
    // The error series exists at 0 once the query ran, so an error rate reads 0, not no data.
    assertThat(
            value(
                registry,
                "mastertrade_db_query_errors_total{operation=\"select\",table=\"orders\"}"))
        .isEqualTo(0);
    SQLException failure = new SQLException("relation does not exist");
    SQLException thrown =
        assertThrows(
            SQLException.class,
            () ->
                queries.time(
                    QueryType.SELECT,
                    "orders",
                    () -> {
                      throw failure;
                    }));

    assertThat((Throwable) thrown).isSameInstanceAs(failure);
    String labels = "{operation=\"select\",table=\"orders\"}";
    assertThat(value(registry, "mastertrade_db_query_duration_seconds_count" + labels))
        .isEqualTo(2);
    assertThat(value(registry, "mastertrade_db_query_errors_total" + labels)).isEqualTo(1);
  }

  @Test
  void aCacheThatMayFallBackShowsItsFallbacksFromZero() {
    CacheCalls cache = new CacheCalls(metrics.redisCache());
    cache.mayFallBack("prices");
    assertThat(value(registry, "mastertrade_cache_fallbacks_total{cache=\"prices\"}")).isEqualTo(0);
    cache.fellBack("prices");
    cache.fellBack("prices");
    assertThat(value(registry, "mastertrade_cache_fallbacks_total{cache=\"prices\"}")).isEqualTo(2);
  }

  @Test
  void cacheLookupCountsNullAsMissAndValueAsHit() {
    CacheCalls cache = new CacheCalls(metrics.redisCache());
    cache.lookup("prices", () -> "101.5");
    cache.lookup("prices", () -> null);
    cache.lookup("prices", () -> null);

    assertThat(value(registry, "mastertrade_cache_lookups_total{cache=\"prices\",result=\"hit\"}"))
        .isEqualTo(1);
    assertThat(value(registry, "mastertrade_cache_lookups_total{cache=\"prices\",result=\"miss\"}"))
        .isEqualTo(2);
    assertThat(
            value(
                registry, "mastertrade_cache_operation_duration_seconds_count{operation=\"get\"}"))
        .isEqualTo(3);
  }

  @Test
  void cacheFailureIsCounted() {
    CacheCalls cache = new CacheCalls(metrics.redisCache());
    assertThrows(
        IOException.class,
        () ->
            cache.time(
                CacheOperation.SET,
                () -> {
                  throw new IOException("connection refused");
                }));
    assertThat(value(registry, "mastertrade_cache_operation_errors_total{operation=\"set\"}"))
        .isEqualTo(1);
  }

  @Test
  void collectionRunSetsHealthAndLastSuccessTime() {
    CollectionRuns runs = new CollectionRuns(metrics.dataCollection());
    long before = System.currentTimeMillis() / 1000;
    runs.run("price_feed", "synthetic", () -> 40);
    runs.recordPoints("price_feed", "synthetic", DataType.TICKS, 40);

    String labels = "{collector=\"price_feed\",source=\"synthetic\"}";
    assertThat(value(registry, "mastertrade_data_collector_health" + labels)).isEqualTo(1);
    assertThat(
            value(registry, "mastertrade_data_collector_last_success_timestamp_seconds" + labels))
        .isAtLeast((double) before);
    assertThat(
            value(
                registry,
                "mastertrade_data_points_collected_total{collector=\"price_feed\",data_type=\"ticks\",source=\"synthetic\"}"))
        .isEqualTo(40);

    assertThrows(
        IllegalStateException.class,
        () ->
            runs.run(
                "price_feed",
                "synthetic",
                () -> {
                  throw new IllegalStateException("feed stalled");
                }));
    assertThat(value(registry, "mastertrade_data_collector_health" + labels)).isEqualTo(0);
    assertThat(value(registry, "mastertrade_data_collector_errors_total" + labels)).isEqualTo(1);
    assertThat(value(registry, "mastertrade_data_collector_duration_seconds_count" + labels))
        .isEqualTo(2);
  }

  @Test
  void dataAgeIsTheTimeSinceTheLastSuccessAndAFailureDoesNotResetIt() throws Exception {
    CollectionRuns runs = new CollectionRuns(metrics.dataCollection());
    String sum =
        "mastertrade_data_collector_data_age_seconds_sum{collector=\"price_feed\",source=\"synthetic\"}";

    Thread.sleep(300);
    runs.sampleAge("price_feed", "synthetic");
    double neverSucceeded = value(registry, sum);
    runs.run("price_feed", "synthetic", () -> 40);
    runs.sampleAge("price_feed", "synthetic");
    double justSucceeded = value(registry, sum) - neverSucceeded;
    assertThrows(
        IllegalStateException.class,
        () ->
            runs.run(
                "price_feed",
                "synthetic",
                () -> {
                  throw new IllegalStateException("feed stalled");
                }));
    Thread.sleep(300);
    runs.sampleAge("price_feed", "synthetic");
    double afterAFailure = value(registry, sum) - neverSucceeded - justSucceeded;

    assertThat(neverSucceeded).isAtLeast(0.3);
    assertThat(justSucceeded).isLessThan(0.25);
    assertThat(afterAFailure).isAtLeast(0.3);
  }

  @Test
  void alertDeliveryCountsSuccessAndFailurePerChannel() {
    AlertDeliveries deliveries = new AlertDeliveries(metrics.alerts());
    deliveries.triggered("risk_limit_breach", AlertPriority.CRITICAL);
    deliveries.deliver(AlertChannel.LOG, AlertPriority.CRITICAL, () -> null);
    assertThrows(
        IOException.class,
        () ->
            deliveries.deliver(
                AlertChannel.WEBHOOK,
                AlertPriority.CRITICAL,
                () -> {
                  throw new IOException("webhook down");
                }));

    assertThat(
            value(
                registry,
                "mastertrade_alerts_triggered_total{alert_type=\"risk_limit_breach\",priority=\"critical\"}"))
        .isEqualTo(1);
    assertThat(
            value(
                registry,
                "mastertrade_alerts_delivered_total{channel=\"log\",priority=\"critical\"}"))
        .isEqualTo(1);
    assertThat(
            value(
                registry,
                "mastertrade_alerts_delivery_failures_total{channel=\"webhook\",priority=\"critical\"}"))
        .isEqualTo(1);
    assertThat(
            value(
                registry,
                "mastertrade_alerts_delivery_duration_seconds_count{channel=\"webhook\"}"))
        .isEqualTo(1);
  }
}
