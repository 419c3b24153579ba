package com.mastertrade.services.common;

import java.util.Locale;

/** The six services, each with its default HTTP port. */
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

  /** The name in snake case: the scrape job, the {@code service} label value, the log file. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
