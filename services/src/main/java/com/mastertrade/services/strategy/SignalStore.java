package com.mastertrade.services.strategy;

import com.mastertrade.metrics.schema.MasterTradeLabels.QueryType;
import com.mastertrade.services.common.Database;
import com.mastertrade.services.common.Events;
import com.mastertrade.services.common.Outbox;
import com.mastertrade.services.common.Topics;
import java.time.Instant;

/**
 * The signals the strategy published, in PostgreSQL table {@code signals}, each written with its
 * event into the outbox in one transaction.
 */
final class SignalStore {
  private static final String TABLE = "signals";
  private final Database database;
  private final Outbox outbox;

  SignalStore(Database database, Outbox outbox) {
    this.database = database;
    this.outbox = outbox;
  }


  /** Stores {@code signal} and its event, to be published on {@code signal.<symbol>}. */
  void record(Events.Signal signal) {
    database.transaction(
        QueryType.INSERT,
        TABLE,
        handle -> {
          handle
              .createUpdate(
                  "INSERT INTO signals (strategy, symbol, side, probability_up, created_at)"
                      + " VALUES (:strategy, :symbol, :side, :probabilityUp, :createdAt)")
              .bindMethods(signal)
              .bind("createdAt", Instant.ofEpochMilli(signal.timeMillis()))
              .execute();
          return outbox.add(handle, Topics.signal(signal.symbol()), signal);
        });
  }
}
