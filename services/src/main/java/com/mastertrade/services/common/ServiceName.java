package com.mastertrade.services.common;

import java.util.Locale;

/**
 * The six services, each with its default HTTP port, in the order they start: producers before
 * consumers, the gateway last.
 */
public enum ServiceName {
  MARKET_DATA_SERVICE(9001),
  STRATEGY_SERVICE(8003),
  ORDER_EXECUTOR(9002),
  RISK_MANAGER(8002),
  ALERT_SYSTEM(8007),
  API_GATEWAY(8080);

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
