package com.mastertrade.services.common;

import com.mastertrade.services.testing.ThrowawayDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Services that start together create their shared tables at once; {@code CREATE TABLE IF NOT
 * EXISTS} alone fails for one of them now and then (a duplicate key in PostgreSQL's catalog).
 */
class DatabaseDefinitionTest {
  private static final int SERVICES = 4;
  private static final int ROUNDS = 25;
  private final List<ServiceHost> hosts = new ArrayList<>();
  private final List<Database> databases = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    Settings settings =
        Settings.of(Map.of("POSTGRES_DB", ThrowawayDatabase.ensure("database_definition_test")));
    for (int i = 0; i < SERVICES; i++) {
      hosts.add(
          ServiceHost.startInProcess(
              ServiceName.values()[i], settings, host -> databases.add(Database.open(host, 1))));
    }
  }

  @AfterEach
  void stop() {
    hosts.forEach(ServiceHost::close);
  }

  @Test
  void servicesCreatingTheSameTablesAtOnceAllSucceed() throws Exception {
    ExecutorService starts = Executors.newFixedThreadPool(SERVICES);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        String table = "shared_" + round + "_" + System.nanoTime();
        List<Callable<Void>> creates = new ArrayList<>();
        for (Database database : databases) {
          creates.add(
              () -> {
                database.define(
                    table,
                    "CREATE TABLE IF NOT EXISTS " + table + " (id bigserial PRIMARY KEY, v text)");
                database.define(
                    table, "CREATE INDEX IF NOT EXISTS " + table + "_v ON " + table + " (v)");
                return null;
              });
        }
        for (Future<Void> create : starts.invokeAll(creates)) {
          // Throws the service's DatabaseException if its create failed.
          create.get();
        }
        databases.get(0).define(table, "DROP TABLE " + table);
      }
    } finally {
      starts.shutdownNow();
    }
  }
}
