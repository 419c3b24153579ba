package com.mastertrade.services.common;

import java.util.List;

/**
 * The trading accounts, written once: one per strategy, plus {@link #MANUAL} for the orders clients
 * place through the gateway. An account is a label value (positions, portfolio value) and a key of
 * the executor's books, so an order or signal naming any other account is rejected, not booked.
 */
public final class Accounts {
  /** The strategy service's logistic-regression momentum strategy. */
  public static final String LOGREG_MOMENTUM = "logreg_momentum";

  /** Orders placed by clients through the gateway: a client does not get to name accounts. */
  public static final String MANUAL = "manual";

  public static final List<String> ALL = List.of(LOGREG_MOMENTUM, MANUAL);

  private Accounts() {}

  public static boolean isKnown(String account) {
    return account != null && ALL.contains(account);
  }
}
