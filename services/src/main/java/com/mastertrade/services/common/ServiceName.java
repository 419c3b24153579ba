package com.mastertrade.services.common;

import java.util.Locale;

/** The six services with the names and ports of the seed. */
public enum ServiceName {
  STRATEGY_SERVICE(8003),
  RISK_MANAGER(8002),
  ALERT_SYSTEM(8007),
  API_GATEWAY(8080),
  MARKET_DATA_SERVICE(9001),
  ORDER_EXECUTOR(9002);

  private final int defaultPort;

  ServiceName(int defaultPort) {
    this.defaultPort = defaultPort;
  }

  public int defaultPort() {
    return defaultPort;
  }

  /** The name as the seed writes it and as the {@code service} label carries it. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
