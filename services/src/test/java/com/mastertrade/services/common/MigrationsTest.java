package com.mastertrade.services.common;

import static com.google.common.truth.Truth.assertThat;

import com.mastertrade.services.testing.ThrowawayDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The six services start together on an empty database: each applies the shared outbox migration
 * and its own, all succeed, and each set is applied once. A database of the versions before
 * migrations (tables made by the services' own DDL, no history) is taken over and migrated.
 */
class MigrationsTest {
  private static final String DATABASE = "migrations_test";
  private static final int ROUNDS = 3;
  private final List<ServiceHost> hosts = new ArrayList<>();

  @AfterEach
  void stop() {
    hosts.forEach(ServiceHost::close);
  }

  @Test
  void servicesStartingTogetherOnAnEmptyDatabaseAllMigrateIt() throws Exception {
    ExecutorService starts = Executors.newFixedThreadPool(ServiceName.values().length);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        Settings settings = Settings.of(Map.of("POSTGRES_DB", ThrowawayDatabase.fresh(DATABASE)));
        List<Callable<ServiceHost>> opens = new ArrayList<>();
        for (ServiceName service : ServiceName.values()) {
          opens.add(
              () -> ServiceHost.startInProcess(service, settings, host -> Database.open(host, 1)));
        }
        for (Future<ServiceHost> open : starts.invokeAll(opens)) {
          // Throws the service's failure if its migration failed.
          hosts.add(open.get());
        }
        Map<String, Integer> applied = appliedVersions();
        assertThat(applied)
            .containsExactly(
                "schema_history_common", 2,
                "schema_history_market_data_service", 1,
                "schema_history_strategy_service", 1,
                "schema_history_order_executor", 2,
                "schema_history_risk_manager", 2,
                "schema_history_alert_system", 1,
                "schema_history_api_gateway", 1);
        hosts.forEach(ServiceHost::close);
        hosts.clear();
      }
    } finally {
      starts.shutdownNow();
    }
  }

  @Test
  void aDatabaseOfTheVersionsBeforeMigrationsIsTakenOver() throws Exception {
    ThrowawayDatabase.fresh(DATABASE);
    try (Connection db = connect();
        Statement statement = db.createStatement()) {
      // The executor's tables as its own DDL made them, with an order in them.
      statement.execute(
          "CREATE TABLE orders (id bigserial PRIMARY KEY, strategy text NOT NULL,"
              + " symbol text NOT NULL, side text NOT NULL, type text NOT NULL,"
              + " quantity double precision NOT NULL, status text NOT NULL,"
              + " created_at timestamptz NOT NULL DEFAULT now(), filled_at timestamptz)");
      statement.execute(
          "INSERT INTO orders (strategy, symbol, side, type, quantity, status)"
              + " VALUES ('manual', 'SOLUSDT', 'SELL', 'MARKET', 0.01000001, 'FILLED')");
    }
    Settings settings = Settings.of(Map.of("POSTGRES_DB", DATABASE));
    hosts.add(
        ServiceHost.startInProcess(
            ServiceName.ORDER_EXECUTOR, settings, host -> Database.open(host, 1)));

    try (Connection db = connect();
        Statement statement = db.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT pg_typeof(quantity)::text, quantity::text FROM orders")) {
      rows.next();
      assertThat(rows.getString(1)).isEqualTo("numeric");
      assertThat(rows.getString(2)).isEqualTo("0.01000001");
    }
    assertThat(appliedVersions()).containsEntry("schema_history_order_executor", 2);
  }

  /** The highest successful version in each schema history table. */
  private static Map<String, Integer> appliedVersions() throws Exception {
    Map<String, Integer> applied = new TreeMap<>();
    try (Connection db = connect();
        Statement statement = db.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rows =
          statement.executeQuery(
              "SELECT table_name FROM information_schema.tables"
                  + " WHERE table_name LIKE 'schema_history_%'")) {
        while (rows.next()) {
          tables.add(rows.getString(1));
        }
      }
      for (String table : tables) {
        try (ResultSet rows =
            statement.executeQuery(
                "SELECT count(*) FILTER (WHERE NOT success), max(version::int)"
                    + " FROM "
                    + table
                    + " WHERE version <> '0'")) {
          rows.next();
          assertThat(rows.getInt(1)).isEqualTo(0);
          applied.put(table, rows.getInt(2));
        }
      }
    }
    return applied;
  }

  private static Connection connect() throws Exception {
    Map<String, String> env = System.getenv();
    return DriverManager.getConnection(
        "jdbc:postgresql://"
            + env.getOrDefault("POSTGRES_HOST", "127.0.0.1")
            + ":"
            + env.getOrDefault("POSTGRES_PORT", "5432")
            + "/"
            + DATABASE,
        env.getOrDefault("POSTGRES_USER", "postgres"),
        env.getOrDefault("POSTGRES_PASSWORD", ""));
  }
}
