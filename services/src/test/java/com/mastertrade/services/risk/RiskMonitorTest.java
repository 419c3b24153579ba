package com.mastertrade.services.risk;

import static com.google.common.truth.Truth.assertThat;

import com.mastertrade.metrics.schema.MasterTradeLabels.QueryType;
import com.mastertrade.metrics.schema.MasterTradeLabels.Side;
import com.mastertrade.metrics.schema.PrometheusMasterTradeMetricsRisk;
import com.mastertrade.services.common.Database;
import com.mastertrade.services.common.Events;
import com.mastertrade.services.common.Json;
import com.mastertrade.services.common.Outbox;
import com.mastertrade.services.common.ServiceHost;
import com.mastertrade.services.common.ServiceName;
import com.mastertrade.services.common.Settings;
import com.mastertrade.services.common.Topics;
import com.mastertrade.services.testing.ThrowawayDatabase;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Exposure is the exact sum of the positions times the price, compared with its limit as a
 * decimal, and a breach is stored and announced with the exact value.
 */
class RiskMonitorTest {
  private static final RiskLimits LIMITS =
      new RiskLimits(new BigDecimal("15000"), BigDecimal.ONE, new BigDecimal("1000000"));
  private static final Map<String, Double> PRICES = Map.of("SOLUSDT", 50_000.0);
  private ServiceHost host;
  private Database database;
  private BreachLog log;

  @BeforeEach
  void start() throws Exception {
    Settings settings =
        Settings.of(Map.of("POSTGRES_DB", ThrowawayDatabase.fresh("risk_monitor_limits_test")));
    host =
        ServiceHost.startInProcess(
            ServiceName.RISK_MANAGER, settings, h -> database = Database.open(h, 1));
    log = new BreachLog(database, new Outbox(database, ServiceName.RISK_MANAGER));
  }

  @AfterEach
  void stop() {
    host.close();
  }

  @Test
  void anExposureExactlyAtItsLimitIsNoBreach() {
    // 0.1 + 0.2 SOL at 50,000 is 15,000; in doubles it is 15,000.000000000002, over the limit.
    RiskMonitor monitor = monitor();
    monitor.evaluate(book("0.1", "0.2"), PRICES);

    assertThat(log.open()).isEmpty();
    assertThat(breaches()).isEmpty();
    @SuppressWarnings("unchecked")
    Map<String, BigDecimal> exposures =
        (Map<String, BigDecimal>) monitor.describe().get("exposureUsd");
    assertThat(exposures.get("SOLUSDT")).isEquivalentAccordingToCompareTo(new BigDecimal("15000"));
  }

  @Test
  void aBreachCarriesItsExactValueIntoTheTableAndTheEvent() {
    // One lot over: 0.30000001 SOL at 50,000.
    monitor().evaluate(book("0.1", "0.20000001"), PRICES);

    assertThat(log.open()).containsExactly("EXPOSURE");
    List<String> stored = breaches();
    assertThat(stored).hasSize(1);
    assertThat(new BigDecimal(stored.get(0)))
        .isEquivalentAccordingToCompareTo(new BigDecimal("15000.0005"));
    Events.Breach announced =
        Json.read(
            database.query(
                QueryType.SELECT,
                "outbox",
                handle ->
                    handle
                        .createQuery("SELECT body FROM outbox WHERE routing_key = :topic")
                        .bind("topic", Topics.BREACHES)
                        .mapTo(byte[].class)
                        .one()),
            Events.Breach.class);
    assertThat(announced.value()).isEquivalentAccordingToCompareTo(new BigDecimal("15000.0005"));
    assertThat(announced.threshold()).isEquivalentAccordingToCompareTo(new BigDecimal("15000"));
    assertThat(announced.symbol()).isEqualTo("SOLUSDT");
  }

  private RiskMonitor monitor() {
    return new RiskMonitor(
        LIMITS, PrometheusMasterTradeMetricsRisk.register(new PrometheusRegistry()), log);
  }

  /** A book of one SOL position per account, each from its own fill. */
  private static RiskBook book(String... quantities) {
    RiskBook book = new RiskBook();
    for (int i = 0; i < quantities.length; i++) {
      String account = "acct" + i;
      BigDecimal quantity = new BigDecimal(quantities[i]);
      book.apply(
          account,
          new Events.Fill(
              account,
              i + 1,
              "SOLUSDT",
              Side.BUY,
              quantity,
              new BigDecimal("50000"),
              BigDecimal.ZERO,
              quantity,
              new BigDecimal("100000"),
              BigDecimal.ZERO,
              0));
    }
    return book;
  }

  /** The stored values of the exposure breaches, as PostgreSQL writes them. */
  private List<String> breaches() {
    return database.query(
        QueryType.SELECT,
        "risk_breaches",
        handle ->
            handle
                .createQuery("SELECT value::text FROM risk_breaches WHERE limit_name = 'EXPOSURE'")
                .mapTo(String.class)
                .list());
  }
}
