package com.mastertrade.services.marketdata;

import com.mastertrade.metrics.schema.MasterTradeLabels.QueryType;
import com.mastertrade.services.common.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/** Candles in PostgreSQL table {@code candles}. */
final class CandleStore {
  private static final String TABLE = "candles";
  private final Database database;

  CandleStore(Database database) {
    this.database = database;
  }

  void createTable() {
    database.define(
        TABLE,
        "CREATE TABLE IF NOT EXISTS candles (symbol text NOT NULL, open_time timestamptz NOT NULL,"
            + " open double precision NOT NULL, high double precision NOT NULL,"
            + " low double precision NOT NULL, close double precision NOT NULL,"
            + " ticks integer NOT NULL, PRIMARY KEY (symbol, open_time))");
  }

  void insert(List<Candle> candles) {
    database.query(
        QueryType.INSERT,
        TABLE,
        connection -> {
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO candles (symbol, open_time, open, high, low, close, ticks)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            for (Candle c : candles) {
              insert.setString(1, c.symbol());
              insert.setTimestamp(2, new Timestamp(c.openTimeMillis()));
              insert.setDouble(3, c.open());
              insert.setDouble(4, c.high());
              insert.setDouble(5, c.low());
              insert.setDouble(6, c.close());
              insert.setInt(7, c.ticks());
              insert.addBatch();
            }
            return insert.executeBatch();
          }
        });
  }

  List<Candle> latest(String symbol, int limit) {
    return database.query(
        QueryType.SELECT,
        TABLE,
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT open_time, open, high, low, close, ticks FROM candles WHERE symbol = ?"
                      + " ORDER BY open_time DESC LIMIT ?")) {
            select.setString(1, symbol);
            select.setInt(2, limit);
            List<Candle> result = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                result.add(
                    new Candle(
                        symbol,
                        rows.getTimestamp(1).getTime(),
                        rows.getDouble(2),
                        rows.getDouble(3),
                        rows.getDouble(4),
                        rows.getDouble(5),
                        rows.getInt(6)));
              }
            }
            return result;
          }
        });
  }
}
