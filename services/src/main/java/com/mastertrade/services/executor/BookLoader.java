package com.mastertrade.services.executor;

import com.mastertrade.metrics.schema.MasterTradeLabels.QueryType;
import com.mastertrade.services.common.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rebuilds every account's book from PostgreSQL at start: positions from {@code positions}, cash
 * and realized P&L from every fill in {@code fills}. The database is the record; the books in
 * memory are a cache of it, so after a restart the API and the metrics say what it says.
 */
final class BookLoader {
  private final Database database;

  BookLoader(Database database) {
    this.database = database;
  }

  Map<String, PaperBook> load(double startingCash) {
    Map<String, PaperBook> books = new TreeMap<>();
    database.query(
        QueryType.SELECT,
        "fills",
        connection -> {
          try (PreparedStatement select =
                  connection.prepareStatement(
                      "SELECT o.strategy,"
                          + " sum(CASE WHEN o.side = 'BUY' THEN -1 ELSE 1 END * f.quantity"
                          + " * f.price), sum(f.realized_pnl)"
                          + " FROM fills f JOIN orders o ON o.id = f.order_id GROUP BY o.strategy");
              ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
              books.put(
                  rows.getString(1),
                  new PaperBook(startingCash + rows.getDouble(2), rows.getDouble(3), Map.of()));
            }
          }
          return null;
        });
    database.query(
        QueryType.SELECT,
        "positions",
        connection -> {
          try (PreparedStatement select =
                  connection.prepareStatement(
                      "SELECT strategy, symbol, quantity, average_price FROM positions");
              ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
              PaperBook book =
                  books.computeIfAbsent(rows.getString(1), a -> new PaperBook(startingCash));
              book.restorePosition(
                  rows.getString(2), new PaperBook.Position(rows.getDouble(3), rows.getDouble(4)));
            }
          }
          return null;
        });
    return books;
  }
}
