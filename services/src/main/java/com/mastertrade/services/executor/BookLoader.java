package com.mastertrade.services.executor;

import com.mastertrade.metrics.schema.MasterTradeLabels.QueryType;
import com.mastertrade.services.common.Database;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * Reads every account's book from PostgreSQL: positions from {@code positions}, cash and realized
 * P&L from every fill in {@code fills}, in one snapshot. The database is the record; the books in
 * memory are a cache of it, read at start and again whenever a transaction's outcome is unknown,
 * so the API and the metrics say what it says.
 */
final class BookLoader {
  private final Database database;

  BookLoader(Database database) {
    this.database = database;
  }

  /** An account's cash flow and realized P&L, summed over its fills. */
  record Totals(String account, BigDecimal cashFlow, BigDecimal realizedPnl) {}

  /** A stored position of an account. */
  record StoredPosition(String account, String symbol, BigDecimal quantity, BigDecimal averagePrice) {}

  Map<String, PaperBook> load(BigDecimal startingCash) {
    // One repeatable-read transaction: the totals and the positions are of the same fills.
    return database.transaction(
        QueryType.SELECT,
        "fills",
        handle -> {
          handle.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
          Map<String, PaperBook> books = new TreeMap<>();
          handle
              .createQuery(
                  "SELECT o.strategy AS account,"
                      + " sum(CASE WHEN o.side = 'BUY' THEN -1 ELSE 1 END * f.quantity * f.price)"
                      + " AS cash_flow, sum(f.realized_pnl) AS realized_pnl"
                      + " FROM fills f JOIN orders o ON o.id = f.order_id GROUP BY o.strategy")
              .map(ConstructorMapper.of(Totals.class))
              .forEach(
                  t ->
                      books.put(
                          t.account(),
                          new PaperBook(
                              startingCash.add(t.cashFlow()), t.realizedPnl(), Map.of())));
          Map<String, Map<String, PaperBook.Position>> positions = new TreeMap<>();
          handle
              .createQuery("SELECT strategy AS account, symbol, quantity, average_price FROM positions")
              .map(ConstructorMapper.of(StoredPosition.class))
              .forEach(
                  p ->
                      positions
                          .computeIfAbsent(p.account(), a -> new TreeMap<>())
                          .put(p.symbol(), new PaperBook.Position(p.quantity(), p.averagePrice())));
          positions.forEach(
              (account, held) ->
                  books.compute(
                      account,
                      (a, book) ->
                          book == null
                              ? new PaperBook(startingCash, BigDecimal.ZERO, held)
                              : new PaperBook(book.cash(), book.realizedPnl(), held)));
          return books;
        });
  }
}
