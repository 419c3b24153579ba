package com.mastertrade.services.risk;

import static com.google.common.truth.Truth.assertThat;

import com.mastertrade.metrics.schema.MasterTradeLabels.QueryType;
import com.mastertrade.services.common.Database;
import com.mastertrade.services.common.Events;
import com.mastertrade.services.common.Postgres;
import com.mastertrade.services.common.ServiceHost;
import com.mastertrade.services.common.ServiceName;
import com.mastertrade.services.common.Settings;
import com.mastertrade.services.testing.ThrowawayDatabase;
import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A risk manager database of the version that stored money as doubles, with fills and a breach in
 * it, is migrated at start: every money and quantity column becomes numeric, each stored double
 * becomes the decimal it stood for, and the book rebuilt from it is exact.
 */
class RiskMigrationTest {
  private ServiceHost host;
  private Database database;

  @AfterEach
  void stop() {
    if (host != null) {
      host.close();
    }
  }

  @Test
  void storedDoublesBecomeTheDecimalsTheyStoodFor() throws Exception {
    Settings settings =
        Settings.of(Map.of("POSTGRES_DB", ThrowawayDatabase.fresh("risk_migration_test")));
    try (HikariDataSource previous = Postgres.connect(settings, ServiceName.RISK_MANAGER, 2)) {
      // The database as the version before this one left it: the risk set's version 1.
      Flyway.configure()
          .dataSource(previous)
          .locations("classpath:db/migration/risk_manager")
          .table("schema_history_risk_manager")
          .target("1")
          .load()
          .migrate();
      try (Connection db = previous.getConnection()) {
        // Two fills of 0.1 and 0.2 SOL as that version stored them: summed in binary.
        insertFill(db, "m-1", 1, 0.1, 0.1, 100_000.1 - 0.1 * 150.12345678);
        insertFill(db, "m-2", 2, 0.2, 0.1 + 0.2, 100_000.1 + 0.2 - 0.3 * 150.12345678);
        try (PreparedStatement insert =
            db.prepareStatement(
                "INSERT INTO risk_breaches (limit_name, symbol, value, threshold)"
                    + " VALUES ('EXPOSURE', 'SOLUSDT', ?, 15000)")) {
          insert.setDouble(1, (0.1 + 0.2 + 0.00000001) * 50_000);
          insert.executeUpdate();
        }
      }
    }

    host =
        ServiceHost.startInProcess(
            ServiceName.RISK_MANAGER, settings, h -> database = Database.open(h, 1));

    assertThat(doubleColumns()).isEmpty();
    List<Events.Fill> replayed = new ArrayList<>();
    new AppliedFills(database).replay(replayed::add);
    assertThat(replayed).hasSize(2);
    Events.Fill second = replayed.get(1);
    assertThat(second.positionQuantity()).isEqualTo(new BigDecimal("0.3"));
    assertThat(second.quantity()).isEqualTo(new BigDecimal("0.2"));
    assertThat(second.price()).isEqualTo(new BigDecimal("150.12345678"));
    assertThat(second.portfolioValue()).isEqualTo(new BigDecimal("99955.262962966"));
    RiskBook book = new RiskBook();
    replayed.forEach(fill -> book.apply(fill.account(), fill));
    assertThat(book.grossPositions()).containsExactly("SOLUSDT", new BigDecimal("0.3"));
    assertThat(storedBreachValue()).isEqualTo("15000.0005");
  }

  private static void insertFill(
      Connection db, String messageId, long orderId, double quantity, double position, double value)
      throws Exception {
    try (PreparedStatement insert =
        db.prepareStatement(
            "INSERT INTO risk_fills (message_id, account, order_id, symbol, side, quantity, price,"
                + " realized_pnl, position_quantity, portfolio_value, total_pnl, time_millis)"
                + " VALUES (?, 'manual', ?, 'SOLUSDT', 'BUY', ?, ?, 0, ?, ?, ?, 0)")) {
      insert.setString(1, messageId);
      insert.setLong(2, orderId);
      insert.setDouble(3, quantity);
      insert.setDouble(4, 150.12345678);
      insert.setDouble(5, position);
      insert.setDouble(6, value);
      insert.setDouble(7, value - 100_000);
      insert.executeUpdate();
    }
  }

  /** The risk tables' columns still of type double precision, as table.column. */
  private List<String> doubleColumns() {
    return database.query(
        QueryType.SELECT,
        "information_schema.columns",
        handle ->
            handle
                .createQuery(
                    "SELECT table_name || '.' || column_name FROM information_schema.columns"
                        + " WHERE table_name IN ('risk_fills', 'risk_breaches')"
                        + " AND data_type = 'double precision'")
                .mapTo(String.class)
                .list());
  }

  private String storedBreachValue() {
    return database.query(
        QueryType.SELECT,
        "risk_breaches",
        handle ->
            handle.createQuery("SELECT value::text FROM risk_breaches").mapTo(String.class).one());
  }
}
