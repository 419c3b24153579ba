package com.mastertrade.services.gateway;

import com.mastertrade.metrics.schema.MasterTradeLabels.QueryType;
import com.mastertrade.services.common.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The gateway's API keys in PostgreSQL table {@code api_keys}: a name, the scopes, and the key's
 * SHA-256 ({@link ApiKeyFormat}), never the key itself. At most one active key per name; revoking
 * keeps the row, with the time it was revoked.
 */
final class ApiKeys {
  private static final String TABLE = "api_keys";

  /** An active key as the gateway checks it. */
  record ApiKey(long id, String name, Set<ApiScope> scopes) {}

  private final Database database;

  ApiKeys(Database database) {
    this.database = database;
  }

  void createTable() {
    database.define(
        TABLE,
        "CREATE TABLE IF NOT EXISTS api_keys (id bigserial PRIMARY KEY, name text NOT NULL,"
            + " key_sha256 text NOT NULL UNIQUE, scopes text NOT NULL,"
            + " created_at timestamptz NOT NULL DEFAULT now(), revoked_at timestamptz)");
    database.define(
        TABLE,
        "CREATE UNIQUE INDEX IF NOT EXISTS api_keys_active_name ON api_keys (name)"
            + " WHERE revoked_at IS NULL");
  }

  /** Creates a key named {@code name} and returns it: the only time the key is seen. */
  String create(String name, Set<ApiScope> scopes) {
    String key = ApiKeyFormat.generate();
    database.query(
        QueryType.INSERT,
        TABLE,
        connection -> {
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO api_keys (name, key_sha256, scopes) VALUES (?, ?, ?)")) {
            insert.setString(1, name);
            insert.setString(2, ApiKeyFormat.sha256(key));
            insert.setString(3, ApiScope.format(scopes));
            return insert.executeUpdate();
          }
        });
    return key;
  }

  /** The active key whose SHA-256 is {@code sha256}, or null. */
  ApiKey findActive(String sha256) {
    return database.query(
        QueryType.SELECT,
        TABLE,
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT id, name, scopes FROM api_keys"
                      + " WHERE key_sha256 = ? AND revoked_at IS NULL")) {
            select.setString(1, sha256);
            try (ResultSet rows = select.executeQuery()) {
              return rows.next()
                  ? new ApiKey(
                      rows.getLong(1), rows.getString(2), ApiScope.parse(rows.getString(3)))
                  : null;
            }
          }
        });
  }

  /** Revokes the active key named {@code name}; false if there is none. */
  boolean revoke(String name) {
    return database.update(
            QueryType.UPDATE,
            TABLE,
            "UPDATE api_keys SET revoked_at = now() WHERE name = ? AND revoked_at IS NULL",
            name)
        > 0;
  }

  /** The active keys' names and scopes, by name. */
  List<String> listActive() {
    return database.query(
        QueryType.SELECT,
        TABLE,
        connection -> {
          try (PreparedStatement select =
                  connection.prepareStatement(
                      "SELECT name, scopes, created_at FROM api_keys WHERE revoked_at IS NULL"
                          + " ORDER BY name");
              ResultSet rows = select.executeQuery()) {
            List<String> keys = new ArrayList<>();
            while (rows.next()) {
              keys.add(rows.getString(1) + "\t" + rows.getString(2) + "\t" + rows.getString(3));
            }
            return keys;
          }
        });
  }
}
