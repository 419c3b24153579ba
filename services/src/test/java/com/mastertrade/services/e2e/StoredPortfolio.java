package com.mastertrade.services.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every account as PostgreSQL holds it (cash from the fills, realized P&L, positions), and the
 * comparison with the executor's {@code /portfolio}, to a tolerance for sums added in another
 * order.
 */
final class StoredPortfolio {
  private static final double STARTING_CASH = 100_000;
  private static final double TOLERANCE = 1e-6;

  /** One account: cash, realized P&L, and quantity and average price by symbol. */
  record Account(double cash, double realizedPnl, Map<String, double[]> positions) {}

  private StoredPortfolio() {}

  static Map<String, Account> read(Connection db) throws Exception {
    Map<String, double[]> totals = new TreeMap<>();
    try (PreparedStatement select =
            db.prepareStatement(
                "SELECT o.strategy, sum(CASE WHEN o.side = 'BUY' THEN -1 ELSE 1 END * f.quantity"
                    + " * f.price), sum(f.realized_pnl) FROM fills f JOIN orders o"
                    + " ON o.id = f.order_id GROUP BY o.strategy");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        totals.put(rows.getString(1), new double[] {rows.getDouble(2), rows.getDouble(3)});
      }
    }
    Map<String, Map<String, double[]>> positions = new TreeMap<>();
    try (PreparedStatement select =
            db.prepareStatement("SELECT strategy, symbol, quantity, average_price FROM positions");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        positions
            .computeIfAbsent(rows.getString(1), a -> new TreeMap<>())
            .put(rows.getString(2), new double[] {rows.getDouble(3), rows.getDouble(4)});
      }
    }
    Map<String, Account> accounts = new TreeMap<>();
    for (String account : totals.keySet()) {
      double[] total = totals.get(account);
      accounts.put(
          account,
          new Account(
              STARTING_CASH + total[0], total[1], positions.getOrDefault(account, Map.of())));
    }
    return accounts;
  }

  /** The differences between {@code portfolio} (the JSON of /portfolio) and {@code stored}. */
  static String differences(JsonNode portfolio, Map<String, Account> stored) {
    StringBuilder diff = new StringBuilder();
    Iterator<String> names = portfolio.fieldNames();
    TreeMap<String, Boolean> served = new TreeMap<>();
    names.forEachRemaining(name -> served.put(name, true));
    if (!served.keySet().equals(stored.keySet())) {
      diff.append("accounts ").append(served.keySet()).append(" vs ").append(stored.keySet());
    }
    for (Map.Entry<String, Account> entry : stored.entrySet()) {
      JsonNode account = portfolio.path(entry.getKey());
      Account expected = entry.getValue();
      compare(diff, entry.getKey() + ".cash", account.path("cash").asDouble(), expected.cash());
      compare(
          diff,
          entry.getKey() + ".realizedPnl",
          account.path("realizedPnl").asDouble(),
          expected.realizedPnl());
      for (Map.Entry<String, double[]> position : expected.positions().entrySet()) {
        JsonNode served_ = account.path("positions").path(position.getKey());
        String name = entry.getKey() + "." + position.getKey();
        compare(
            diff, name + ".quantity", served_.path("quantity").asDouble(), position.getValue()[0]);
        compare(
            diff,
            name + ".averagePrice",
            served_.path("averagePrice").asDouble(),
            position.getValue()[1]);
      }
      if (account.path("positions").size() != expected.positions().size()) {
        diff.append(entry.getKey()).append(" positions ").append(account.path("positions"));
      }
    }
    return diff.toString();
  }

  private static void compare(StringBuilder diff, String what, double served, double stored) {
    if (Math.abs(served - stored) > TOLERANCE * Math.max(1, Math.abs(stored))) {
      diff.append(what)
          .append(": served ")
          .append(served)
          .append(", stored ")
          .append(stored)
          .append("; ");
    }
  }
}
