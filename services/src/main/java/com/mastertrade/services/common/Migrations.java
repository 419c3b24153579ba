package com.mastertrade.services.common;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Each service's tables as versioned SQL in {@code db/migration/<service>}, applied by Flyway at
 * start, after the shared set {@code db/migration/common} (the outbox). Each set has a schema
 * history table of its own, so a service's versions are its own. A database of the versions before
 * migrations (tables, no history) is baselined at version 0 and migrated from there: every version
 * 1 creates its tables only if they do not exist. Flyway locks one history table while it
 * migrates, but a service baselining its new history table beside another's running migration
 * races it ("schema history table exists and is empty"), so services starting together migrate one
 * at a time, under one session advisory lock held on a connection of its own.
 */
public final class Migrations {
  static final String COMMON = "common";

  /** The advisory lock key under which the services migrate, one at a time. */
  private static final long LOCK = 0x6d61737465727472L;

  private Migrations() {}

  /**
   * Applies the shared set, then {@code service}'s own, on connections of their own: Flyway holds
   * one for its lock while it migrates on another, more than a service's small pool should lend.
   */
  public static void apply(Settings settings, ServiceName service) {
    try (Connection lock =
            DriverManager.getConnection(
                Postgres.jdbcUrl(settings), settings.postgresUser(), settings.postgresPassword());
        Statement statement = lock.createStatement()) {
      // Released when the connection closes, also if a migration fails.
      statement.execute("SELECT pg_advisory_lock(" + LOCK + ")");
      migrate(settings, COMMON);
      migrate(settings, service.id());
    } catch (SQLException e) {
      throw new FlywayException("taking the migration lock failed: " + e.getMessage(), e);
    }
  }

  private static void migrate(Settings settings, String set) {
    Flyway.configure()
        .dataSource(
            Postgres.jdbcUrl(settings), settings.postgresUser(), settings.postgresPassword())
        .locations("classpath:db/migration/" + set)
        .table("schema_history_" + set)
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
  }
}
