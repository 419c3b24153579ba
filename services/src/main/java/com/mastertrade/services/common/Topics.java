package com.mastertrade.services.common;

/** Routing keys and queue names on the {@link RabbitMq#EXCHANGE} topic exchange. */
public final class Topics {
  public static final String TICKS = "market.tick.*";
  public static final String SIGNALS = "signal.*";
  public static final String FILLS = "order.filled";
  public static final String BREACHES = "risk.breach";
  public static final String DRIFT = "model.drift";
  public static final String GOALS = "goal.achieved";

  private Topics() {}

  public static String tick(String symbol) {
    return "market.tick." + symbol;
  }

  public static String signal(String symbol) {
    return "signal." + symbol;
  }
}
