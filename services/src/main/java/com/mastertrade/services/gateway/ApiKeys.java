package com.mastertrade.services.gateway;

import com.mastertrade.metrics.schema.MasterTradeLabels.QueryType;
import com.mastertrade.services.common.Database;
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


  /** Creates a key named {@code name} and returns it: the only time the key is seen. */
  String create(String name, Set<ApiScope> scopes) {
    String key = ApiKeyFormat.generate();
    database.update(
        QueryType.INSERT,
        TABLE,
        "INSERT INTO api_keys (name, key_sha256, scopes) VALUES (?, ?, ?)",
        name,
        ApiKeyFormat.sha256(key),
        ApiScope.format(scopes));
    return key;
  }

  /** The active key whose SHA-256 is {@code sha256}, or null. */
  ApiKey findActive(String sha256) {
    return database.query(
        QueryType.SELECT,
        TABLE,
        handle ->
            handle
                .createQuery(
                    "SELECT id, name, scopes FROM api_keys"
                        + " WHERE key_sha256 = :sha256 AND revoked_at IS NULL")
                .bind("sha256", sha256)
                .map(
                    (rows, context) ->
                        new ApiKey(
                            rows.getLong("id"),
                            rows.getString("name"),
                            ApiScope.parse(rows.getString("scopes"))))
                .findOne()
                .orElse(null));
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
        handle ->
            handle
                .createQuery(
                    "SELECT name || E'\\t' || scopes || E'\\t' || created_at FROM api_keys"
                        + " WHERE revoked_at IS NULL ORDER BY name")
                .mapTo(String.class)
                .list());
  }
}
