package com.mastertrade.services.risk;

import com.mastertrade.metrics.schema.MasterTradeLabels.QueryType;
import com.mastertrade.services.common.Database;
import com.mastertrade.services.common.Events;
import com.mastertrade.services.common.Outbox;
import com.mastertrade.services.common.Topics;
import java.util.stream.Collectors;
import java.util.Set;
import java.util.TreeSet;

/**
 * Risk limit breaches, in PostgreSQL table {@code risk_breaches}, each written with its breach
 * event into the outbox in one transaction. A breach stays open until its limit is back within
 * bounds, so a restarted risk manager knows which limits are already announced as breached.
 */
final class BreachLog {
  private static final String TABLE = "risk_breaches";
  private final Database database;
  private final Outbox outbox;

  BreachLog(Database database, Outbox outbox) {
    this.database = database;
    this.outbox = outbox;
  }


  /** The names of the limits with a breach not yet cleared. */
  Set<String> open() {
    return database.query(
        QueryType.SELECT,
        TABLE,
        handle ->
            handle
                .createQuery(
                    "SELECT DISTINCT limit_name FROM risk_breaches WHERE cleared_at IS NULL")
                .mapTo(String.class)
                .collect(Collectors.toCollection(TreeSet::new)));
  }

  /** Clears the open breaches of {@code limit}: it is back within bounds. */
  void clear(String limit) {
    database.update(
        QueryType.UPDATE,
        TABLE,
        "UPDATE risk_breaches SET cleared_at = now() WHERE limit_name = ? AND cleared_at IS NULL",
        limit);
  }

  /** Stores {@code breach} and its event, to be published on {@link Topics#BREACHES}. */
  void record(Events.Breach breach) {
    database.transaction(
        QueryType.INSERT,
        TABLE,
        handle -> {
          handle
              .createUpdate(
                  "INSERT INTO risk_breaches (limit_name, symbol, value, threshold)"
                      + " VALUES (:limit, :symbol, :value, :threshold)")
              .bindMethods(breach)
              .execute();
          return outbox.add(handle, Topics.BREACHES, breach);
        });
  }
}
