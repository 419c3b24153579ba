package com.mastertrade.services.common;

import com.mastertrade.metrics.schema.scrape.MasterTradeScrapeConfig;

/**
 * The six services in the order they start (producers before consumers, the gateway last). Their
 * names and ports are the schema's scrape targets ({@link MasterTradeScrapeConfig}), written once:
 * the scrape config, the alert rule tests, these services, the stack scripts (through {@code
 * ServiceCatalog}) and the end-to-end tests all take them from there.
 */
public enum ServiceName {
  MARKET_DATA_SERVICE(
      MasterTradeScrapeConfig.MARKET_DATA_SERVICE,
      MasterTradeScrapeConfig.MARKET_DATA_SERVICE_PORT),
  STRATEGY_SERVICE(
      MasterTradeScrapeConfig.STRATEGY_SERVICE, MasterTradeScrapeConfig.STRATEGY_SERVICE_PORT),
  ORDER_EXECUTOR(
      MasterTradeScrapeConfig.ORDER_EXECUTOR, MasterTradeScrapeConfig.ORDER_EXECUTOR_PORT),
  RISK_MANAGER(MasterTradeScrapeConfig.RISK_MANAGER, MasterTradeScrapeConfig.RISK_MANAGER_PORT),
  ALERT_SYSTEM(MasterTradeScrapeConfig.ALERT_SYSTEM, MasterTradeScrapeConfig.ALERT_SYSTEM_PORT),
  API_GATEWAY(MasterTradeScrapeConfig.API_GATEWAY, MasterTradeScrapeConfig.API_GATEWAY_PORT);

  private final String id;
  private final int defaultPort;

  ServiceName(String id, int defaultPort) {
    this.id = id;
    this.defaultPort = defaultPort;
  }

  public int defaultPort() {
    return defaultPort;
  }

  /** The name in snake case: the scrape job, the {@code service} label value, the log file. */
  public String id() {
    return id;
  }
}
