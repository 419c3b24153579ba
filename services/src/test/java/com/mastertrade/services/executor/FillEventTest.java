package com.mastertrade.services.executor;

import static com.google.common.truth.Truth.assertThat;

import com.mastertrade.metrics.schema.MasterTradeLabels.QueryType;
import com.mastertrade.metrics.schema.MasterTradeLabels.Side;
import com.mastertrade.metrics.schema.PrometheusMasterTradeMetricsTrading;
import com.mastertrade.services.common.Accounts;
import com.mastertrade.services.common.Database;
import com.mastertrade.services.common.Events;
import com.mastertrade.services.common.Json;
import com.mastertrade.services.common.Outbox;
import com.mastertrade.services.common.PriceSource;
import com.mastertrade.services.common.ServiceHost;
import com.mastertrade.services.common.ServiceName;
import com.mastertrade.services.common.Settings;
import com.mastertrade.services.common.Topics;
import com.mastertrade.services.testing.ThrowawayDatabase;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fill events the executor writes to the outbox carry the fill's exact decimals, as the risk
 * manager reads them: quantities, price, position, value and P&L as stored, with no binary
 * rounding in between.
 */
class FillEventTest {
  private static final Map<String, Double> PRICES = Map.of("SOLUSDT", 150.12345678);
  private ServiceHost host;
  private Database database;

  @BeforeEach
  void start() throws Exception {
    Settings settings =
        Settings.of(Map.of("POSTGRES_DB", ThrowawayDatabase.fresh("fill_event_test")));
    host =
        ServiceHost.startInProcess(
            ServiceName.ORDER_EXECUTOR, settings, h -> database = Database.open(h, 2));
  }

  @AfterEach
  void stop() {
    host.close();
  }

  @Test
  void aFillEventCarriesTheExactDecimalsOfTheFill() {
    OrderDesk desk = desk();
    for (String quantity : new String[] {"0.1", "0.2"}) {
      assertThat(
              desk.place(
                      Accounts.MANUAL,
                      new OrderRequest("SOLUSDT", Side.BUY, new BigDecimal(quantity)),
                      null)
                  .status())
          .isEqualTo(Answer.CREATED);
    }

    List<Events.Fill> events = fillEvents();
    assertThat(events).hasSize(2);
    Events.Fill second = events.get(1);
    assertThat(second.quantity()).isEqualTo(new BigDecimal("0.2"));
    assertThat(second.price()).isEqualTo(new BigDecimal("150.12345678"));
    // 0.1 + 0.2 lots held, exactly: in doubles 0.30000000000000004.
    assertThat(second.positionQuantity()).isEquivalentAccordingToCompareTo(new BigDecimal("0.3"));
    // Cash paid 0.3 * 150.12345678 and the position is marked at the same price: no P&L at all.
    assertThat(second.portfolioValue()).isEqualTo(new BigDecimal("100000.000000000000"));
    assertThat(second.totalPnl()).isEquivalentAccordingToCompareTo(BigDecimal.ZERO);
  }

  private OrderDesk desk() {
    return new OrderDesk(
        new BookLoader(database),
        new OrderStore(database),
        new IdempotencyKeys(database),
        new Outbox(database, ServiceName.ORDER_EXECUTOR),
        new FixedPrices(),
        PrometheusMasterTradeMetricsTrading.register(new PrometheusRegistry()));
  }

  /** The fill events in the outbox, in the order written, read as a consumer reads them. */
  private List<Events.Fill> fillEvents() {
    return database.query(
        QueryType.SELECT,
        "outbox",
        handle ->
            handle
                .createQuery("SELECT body FROM outbox WHERE routing_key = :topic ORDER BY id")
                .bind("topic", Topics.FILLS)
                .mapTo(byte[].class)
                .map(body -> Json.read(body, Events.Fill.class))
                .list());
  }

  /** Prices that stand still. */
  private static final class FixedPrices implements PriceSource {
    @Override
    public Double get(String symbol) {
      return PRICES.get(symbol);
    }

    @Override
    public Map<String, Double> all() {
      return new TreeMap<>(PRICES);
    }
  }
}
