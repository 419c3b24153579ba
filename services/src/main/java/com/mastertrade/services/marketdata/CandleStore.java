package com.mastertrade.services.marketdata;

import com.mastertrade.metrics.schema.MasterTradeLabels.QueryType;
import com.mastertrade.services.common.Database;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Candles in PostgreSQL table {@code candles}. */
final class CandleStore {
  private static final String TABLE = "candles";
  private final Database database;

  CandleStore(Database database) {
    this.database = database;
  }


  void insert(List<Candle> candles) {
    database.query(
        QueryType.INSERT,
        TABLE,
        handle -> {
          PreparedBatch insert =
              handle.prepareBatch(
                  "INSERT INTO candles (symbol, open_time, open, high, low, close, ticks)"
                      + " VALUES (:symbol, :openTime, :open, :high, :low, :close, :ticks)"
                      + " ON CONFLICT DO NOTHING");
          for (Candle c : candles) {
            insert.bindMethods(c).bind("openTime", Instant.ofEpochMilli(c.openTimeMillis())).add();
          }
          return insert.execute();
        });
  }

  List<Candle> latest(String symbol, int limit) {
    return database.query(
        QueryType.SELECT,
        TABLE,
        handle ->
            handle
                .createQuery(
                    "SELECT open_time, open, high, low, close, ticks FROM candles"
                        + " WHERE symbol = :symbol ORDER BY open_time DESC LIMIT :limit")
                .bind("symbol", symbol)
                .bind("limit", limit)
                .map(
                    (rows, context) ->
                        new Candle(
                            symbol,
                            rows.getTimestamp("open_time").getTime(),
                            rows.getDouble("open"),
                            rows.getDouble("high"),
                            rows.getDouble("low"),
                            rows.getDouble("close"),
                            rows.getInt("ticks")))
                .list());
  }
}
