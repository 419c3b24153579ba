package com.mastertrade.services.e2e;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * The executor's books in PostgreSQL against themselves: every stored position is the sum of its
 * fills, compared exactly (numeric), in one statement so one snapshot.
 */
final class Books {
  private Books() {}

  /** How the positions compare with their fills. */
  record Check(int positions, String differences) {
    boolean equal() {
      return differences.isEmpty();
    }

    String line() {
      return equal()
          ? "positions = sum of fills (" + positions + " positions)"
          : "positions differ from the fills: " + differences;
    }
  }

  static Check positionsAgainstFills(Connection db) throws Exception {
    try (PreparedStatement select =
            db.prepareStatement(
                "WITH f AS (SELECT o.strategy, o.symbol, sum(CASE WHEN o.side = 'BUY'"
                    + " THEN f.quantity ELSE -f.quantity END) AS quantity"
                    + " FROM fills f JOIN orders o ON o.id = f.order_id GROUP BY 1, 2)"
                    + " SELECT coalesce(p.strategy, f.strategy), coalesce(p.symbol, f.symbol),"
                    + " p.quantity::text, f.quantity::text,"
                    + " p.quantity IS DISTINCT FROM f.quantity, p.strategy IS NOT NULL"
                    + " FROM positions p FULL JOIN f"
                    + " ON f.strategy = p.strategy AND f.symbol = p.symbol ORDER BY 1, 2");
        ResultSet rows = select.executeQuery()) {
      int positions = 0;
      StringBuilder differences = new StringBuilder();
      while (rows.next()) {
        if (rows.getBoolean(6)) {
          positions++;
        }
        if (rows.getBoolean(5)) {
          differences
              .append(rows.getString(1))
              .append('.')
              .append(rows.getString(2))
              .append(": position ")
              .append(rows.getString(3))
              .append(", fills ")
              .append(rows.getString(4))
              .append("; ");
        }
      }
      return new Check(positions, differences.toString());
    }
  }
}
