package com.mastertrade.services.risk;

import static com.google.common.truth.Truth.assertThat;

import com.mastertrade.metrics.schema.MasterTradeLabels.QueryType;
import com.mastertrade.metrics.schema.PrometheusMasterTradeMetricsRisk;
import com.mastertrade.services.common.Database;
import com.mastertrade.services.common.Events;
import com.mastertrade.services.common.Outbox;
import com.mastertrade.services.common.ServiceHost;
import com.mastertrade.services.common.ServiceName;
import com.mastertrade.services.common.Settings;
import com.mastertrade.metrics.schema.MasterTradeLabels.Side;
import com.mastertrade.services.common.Topics;
import com.mastertrade.services.testing.ThrowawayDatabase;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A breach is announced once per crossing of its limit, also across a restart of the risk manager
 * while the limit is still over; a limit back within bounds and crossed again is a new breach.
 */
class RiskMonitorRestartTest {
  private static final RiskLimits LIMITS =
      new RiskLimits(new BigDecimal("15000"), BigDecimal.ONE, new BigDecimal("1000000"));
  private ServiceHost host;
  private Database database;
  private BreachLog log;

  @BeforeEach
  void start() throws Exception {
    Settings settings =
        Settings.of(Map.of("POSTGRES_DB", ThrowawayDatabase.fresh("risk_monitor_test")));
    host =
        ServiceHost.startInProcess(
            ServiceName.RISK_MANAGER, settings, h -> database = Database.open(h, 1));
    Outbox outbox = new Outbox(database, ServiceName.RISK_MANAGER);
    log = new BreachLog(database, outbox);
  }

  @AfterEach
  void stop() {
    host.close();
  }

  @Test
  void aBreachStillOverAfterARestartIsNotAnnouncedAgain() throws Exception {
    RiskBook over = book("2"); // 2 BTC at 10,000: exposure 20,000 over 15,000
    Map<String, Double> prices = Map.of("BTCUSDT", 10_000.0);

    monitor().evaluate(over, prices);
    RiskMonitor restarted = monitor();
    restarted.evaluate(over, prices);
    restarted.evaluate(over, prices);

    assertThat(breachEvents()).isEqualTo(1);
    assertThat(log.open()).containsExactly("EXPOSURE");
  }

  @Test
  void aLimitBackWithinBoundsAndCrossedAgainIsANewBreach() throws Exception {
    Map<String, Double> prices = Map.of("BTCUSDT", 10_000.0);
    monitor().evaluate(book("2"), prices);

    RiskMonitor restarted = monitor();
    restarted.evaluate(book("1"), prices);
    assertThat(log.open()).isEmpty();
    restarted.evaluate(book("2"), prices);

    assertThat(breachEvents()).isEqualTo(2);
    assertThat(log.open()).containsExactly("EXPOSURE");
  }

  /** A monitor as a (re)started risk manager makes it, on the same database. */
  private RiskMonitor monitor() {
    return new RiskMonitor(
        LIMITS, PrometheusMasterTradeMetricsRisk.register(new PrometheusRegistry()), log);
  }

  private static RiskBook book(String bitcoins) {
    RiskBook book = new RiskBook();
    BigDecimal quantity = new BigDecimal(bitcoins);
    book.apply(
        "acct",
        new Events.Fill(
            "acct",
            1,
            "BTCUSDT",
            Side.BUY,
            quantity,
            new BigDecimal("10000"),
            BigDecimal.ZERO,
            quantity,
            new BigDecimal("100000"),
            BigDecimal.ZERO,
            0));
    return book;
  }

  private long breachEvents() {
    return database.query(
        QueryType.SELECT,
        "outbox",
        handle ->
            handle
                .createQuery("SELECT count(*) FROM outbox WHERE routing_key = :topic")
                .bind("topic", Topics.BREACHES)
                .mapTo(Long.class)
                .one());
  }
}
