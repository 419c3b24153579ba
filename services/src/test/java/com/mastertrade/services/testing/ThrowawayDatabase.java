package com.mastertrade.services.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

/**
 * A PostgreSQL database of a test's own on the machine's server (the services' {@code POSTGRES_*}
 * settings), created if missing, so in-process tests never touch the {@code test} database the
 * stack and its end-to-end test use.
 */
public final class ThrowawayDatabase {
  private ThrowawayDatabase() {}

  /**
   * Drops database {@code name} if it exists and creates it empty, and returns it: a test that
   * needs its tables empty starts from nothing, and the service's migrations create them.
   */
  public static String fresh(String name) throws Exception {
    try (Connection db = admin();
        Statement statement = db.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      statement.execute("CREATE DATABASE " + name);
    }
    return name;
  }

  private static Connection admin() throws Exception {
    Map<String, String> env = System.getenv();
    return DriverManager.getConnection(
        "jdbc:postgresql://"
            + env.getOrDefault("POSTGRES_HOST", "127.0.0.1")
            + ":"
            + env.getOrDefault("POSTGRES_PORT", "5432")
            + "/postgres",
        env.getOrDefault("POSTGRES_USER", "postgres"),
        env.getOrDefault("POSTGRES_PASSWORD", ""));
  }

  /** Creates database {@code name} unless it exists, and returns it. */
  public static String ensure(String name) throws Exception {
    Map<String, String> env = System.getenv();
    String url =
        "jdbc:postgresql://"
            + env.getOrDefault("POSTGRES_HOST", "127.0.0.1")
            + ":"
            + env.getOrDefault("POSTGRES_PORT", "5432")
            + "/postgres";
    try (Connection db =
        DriverManager.getConnection(
            url,
            env.getOrDefault("POSTGRES_USER", "postgres"),
            env.getOrDefault("POSTGRES_PASSWORD", ""))) {
      try (PreparedStatement exists =
          db.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
        exists.setString(1, name);
        try (ResultSet rows = exists.executeQuery()) {
          if (rows.next()) {
            return name;
          }
        }
      }
      try (Statement create = db.createStatement()) {
        create.execute("CREATE DATABASE " + name);
      }
    }
    return name;
  }
}
