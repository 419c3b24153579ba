package com.mastertrade.services.alerts;

import com.mastertrade.metrics.schema.MasterTradeLabels.QueryType;
import com.mastertrade.services.common.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Triggered alerts, in PostgreSQL table {@code alerts}. */
final class AlertStore {
  private static final String TABLE = "alerts";
  private final Database database;

  AlertStore(Database database) {
    this.database = database;
  }

  void createTable() {
    database.execute(
        QueryType.DDL,
        TABLE,
        "CREATE TABLE IF NOT EXISTS alerts (id bigserial PRIMARY KEY, type text NOT NULL,"
            + " priority text NOT NULL, message text NOT NULL, created_at timestamptz NOT NULL)");
  }

  void insert(Alert alert) {
    database.query(
        QueryType.INSERT,
        TABLE,
        connection -> {
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO alerts (type, priority, message, created_at) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, alert.type());
            insert.setString(2, alert.priority().name());
            insert.setString(3, alert.message());
            insert.setTimestamp(4, new Timestamp(alert.timeMillis()));
            return insert.executeUpdate();
          }
        });
  }

  List<Map<String, Object>> recent(int limit) {
    return database.query(
        QueryType.SELECT,
        TABLE,
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT id, type, priority, message, created_at FROM alerts"
                      + " ORDER BY id DESC LIMIT ?")) {
            select.setInt(1, limit);
            List<Map<String, Object>> result = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", rows.getLong(1));
                row.put("type", rows.getString(2));
                row.put("priority", rows.getString(3));
                row.put("message", rows.getString(4));
                row.put("createdAt", rows.getTimestamp(5).toInstant().toString());
                result.add(row);
              }
            }
            return result;
          }
        });
  }
}
