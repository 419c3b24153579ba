package com.mastertrade.services.executor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.mastertrade.metrics.schema.MasterTradeLabels.QueryType;
import com.mastertrade.metrics.schema.PrometheusMasterTradeMetricsTrading;
import com.mastertrade.services.common.Accounts;
import com.mastertrade.services.common.Database;
import com.mastertrade.services.common.LostCommits;
import com.mastertrade.services.common.Outbox;
import com.mastertrade.services.common.PriceSource;
import com.mastertrade.services.common.ServiceHost;
import com.mastertrade.services.common.ServiceName;
import com.mastertrade.services.common.Settings;
import com.mastertrade.metrics.schema.MasterTradeLabels.Side;
import com.mastertrade.services.testing.ThrowawayDatabase;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An order whose commit succeeded but whose answer was lost: the client sees a failure and retries,
 * the strategy's signal is redelivered. The books served, the positions stored and the sum of the
 * fills agree after the loss, after the replayed retry, after more orders and after a restart.
 */
class LostCommitTest {
  private static final Map<String, Double> PRICES =
      Map.of("SOLUSDT", 150.12345678, "BTCUSDT", 60_000.5, "ETHUSDT", 3_000.25);

  private final LostCommits lostCommits = new LostCommits("orders");
  private ServiceHost host;
  private Database database;

  @BeforeEach
  void start() throws Exception {
    Settings settings =
        Settings.of(Map.of("POSTGRES_DB", ThrowawayDatabase.fresh("lost_commit_test")));
    host =
        ServiceHost.startInProcess(
            ServiceName.ORDER_EXECUTOR, settings, h -> database = lostCommits.open(h, 2));
  }

  @AfterEach
  void stop() {
    host.close();
  }

  @Test
  void aLostCommitAcknowledgementLeavesTheBooksAsTheDatabaseHasThem() {
    OrderDesk desk = desk();
    assertThat(desk.place(Accounts.MANUAL, order("SOLUSDT", Side.BUY, "0.01000001"), "k1").status())
        .isEqualTo(Answer.CREATED);

    lostCommits.armOnce();
    OrderRequest lost = order("SOLUSDT", Side.SELL, "0.02000003");
    assertThrows(Database.DatabaseException.class, () -> desk.place(Accounts.MANUAL, lost, "k2"));
    assertThat(lostCommits.pending()).isFalse();
    assertThat(storedOrders()).isEqualTo(2);
    assertBooksAreTheDatabases(desk, "after the lost acknowledgement");

    Answer retried = desk.place(Accounts.MANUAL, lost, "k2");
    assertThat(retried.replayed()).isTrue();
    assertThat(retried.status()).isEqualTo(Answer.CREATED);
    assertThat(storedOrders()).isEqualTo(2);
    assertBooksAreTheDatabases(desk, "after the replayed retry");

    // A signal's order, its commit's answer lost, then the signal redelivered.
    lostCommits.armOnce();
    OrderRequest signal = order("SOLUSDT", Side.BUY, "6.66099999");
    assertThrows(
        Database.DatabaseException.class,
        () -> desk.place(Accounts.LOGREG_MOMENTUM, signal, "signal:m-1"));
    assertThat(desk.place(Accounts.LOGREG_MOMENTUM, signal, "signal:m-1").replayed()).isTrue();
    assertBooksAreTheDatabases(desk, "after the redelivered signal");

    for (String quantity : new String[] {"0.01", "0.00000001", "0.03", "0.00000002"}) {
      assertThat(desk.place(Accounts.MANUAL, order("SOLUSDT", Side.SELL, quantity), null).status())
          .isEqualTo(Answer.CREATED);
      assertBooksAreTheDatabases(desk, "after selling " + quantity);
    }
    assertThat(storedOrders()).isEqualTo(7);

    OrderDesk restarted = desk();
    restarted.refreshIfStale();
    assertThat(normalizedAccounts(restarted.portfolio()))
        .isEqualTo(normalizedAccounts(desk.portfolio()));
    assertBooksAreTheDatabases(restarted, "after a restart");
  }

  @Test
  void aFailureBeforeTheCommitLeavesNothingAndTheBooksUnchanged() {
    OrderDesk desk = desk();
    desk.place(Accounts.MANUAL, order("BTCUSDT", Side.BUY, "0.1"), null);
    Map<String, OrderDesk.Account> before = desk.portfolio();

    Answer refused =
        desk.place(Accounts.MANUAL, order("BTCUSDT", Side.BUY, "1"), "too-big");

    assertThat(refused.status()).isEqualTo(Answer.UNPROCESSABLE);
    assertThat(desk.portfolio()).isEqualTo(before);
    assertBooksAreTheDatabases(desk, "after a rejection");
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

  private static OrderRequest order(String symbol, Side side, String quantity) {
    return new OrderRequest(symbol, side, new BigDecimal(quantity));
  }

  private long storedOrders() {
    return database.query(
        QueryType.SELECT,
        "orders",
        handle -> handle.createQuery("SELECT count(*) FROM orders").mapTo(Long.class).one());
  }

  /**
   * The desk's portfolio is what PostgreSQL holds (cash and realized P&L summed over the fills,
   * positions as stored), and every stored position is the sum of its fills.
   */
  private void assertBooksAreTheDatabases(OrderDesk desk, String when) {
    Map<String, BigDecimal> fillSums = new TreeMap<>();
    database
        .query(
            QueryType.SELECT,
            "fills",
            handle ->
                handle
                    .createQuery(
                        "SELECT o.strategy || '/' || o.symbol AS key,"
                            + " sum(CASE WHEN o.side = 'BUY' THEN 1 ELSE -1 END * f.quantity) AS q"
                            + " FROM fills f JOIN orders o ON o.id = f.order_id"
                            + " GROUP BY o.strategy, o.symbol")
                    .map((rows, context) -> Map.entry(rows.getString(1), rows.getBigDecimal(2)))
                    .list())
        .forEach(entry -> fillSums.put(entry.getKey(), entry.getValue()));
    Map<String, OrderDesk.Account> stored = new BookLoader(database).load(OrderDesk.STARTING_CASH)
        .entrySet().stream()
        .collect(
            TreeMap::new,
            (map, entry) ->
                map.put(
                    entry.getKey(),
                    new OrderDesk.Account(
                        entry.getValue().cash(),
                        entry.getValue().realizedPnl(),
                        entry.getValue().positions())),
            Map::putAll);
    Map<String, BigDecimal> positionSums = new TreeMap<>();
    stored.forEach(
        (account, book) ->
            book.positions()
                .forEach((symbol, p) -> positionSums.put(account + "/" + symbol, p.quantity())));
    assertWithMessage("positions against the sum of the fills " + when)
        .that(normalized(positionSums))
        .isEqualTo(normalized(fillSums));
    assertWithMessage("the books served against the database " + when)
        .that(normalizedAccounts(desk.portfolio()))
        .isEqualTo(normalizedAccounts(stored));
  }

  private static Map<String, BigDecimal> normalized(Map<String, BigDecimal> values) {
    Map<String, BigDecimal> result = new TreeMap<>();
    values.forEach((k, v) -> result.put(k, v.stripTrailingZeros()));
    return result;
  }

  private static Map<String, String> normalizedAccounts(Map<String, OrderDesk.Account> accounts) {
    Map<String, String> result = new TreeMap<>();
    accounts.forEach(
        (name, account) -> {
          result.put(name + ".cash", account.cash().stripTrailingZeros().toPlainString());
          result.put(
              name + ".realizedPnl", account.realizedPnl().stripTrailingZeros().toPlainString());
          account
              .positions()
              .forEach(
                  (symbol, p) ->
                      result.put(
                          name + "." + symbol,
                          p.quantity().stripTrailingZeros().toPlainString()
                              + " @ "
                              + p.averagePrice().stripTrailingZeros().toPlainString()));
        });
    return result;
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
