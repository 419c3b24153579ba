package com.mastertrade.services.common;

import com.mastertrade.metrics.schema.MasterTradeLabels.Service;
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
      MasterTradeScrapeConfig.MARKET_DATA_SERVICE_PORT,
      Service.MARKET_DATA_SERVICE),
  STRATEGY_SERVICE(
      MasterTradeScrapeConfig.STRATEGY_SERVICE,
      MasterTradeScrapeConfig.STRATEGY_SERVICE_PORT,
      Service.STRATEGY_SERVICE),
  ORDER_EXECUTOR(
      MasterTradeScrapeConfig.ORDER_EXECUTOR,
      MasterTradeScrapeConfig.ORDER_EXECUTOR_PORT,
      Service.ORDER_EXECUTOR),
  RISK_MANAGER(
      MasterTradeScrapeConfig.RISK_MANAGER,
      MasterTradeScrapeConfig.RISK_MANAGER_PORT,
      Service.RISK_MANAGER),
  ALERT_SYSTEM(
      MasterTradeScrapeConfig.ALERT_SYSTEM,
      MasterTradeScrapeConfig.ALERT_SYSTEM_PORT,
      Service.ALERT_SYSTEM),
  API_GATEWAY(
      MasterTradeScrapeConfig.API_GATEWAY,
      MasterTradeScrapeConfig.API_GATEWAY_PORT,
      Service.API_GATEWAY);

  private final String id;
  private final int defaultPort;
  private final Service label;

  ServiceName(String id, int defaultPort, Service label) {
    this.id = id;
    this.defaultPort = defaultPort;
    this.label = label;
  }

  /**
   * The schema's {@code service} label value of this service, named in code rather than looked up
   * by constant name, so a renamed label value fails the build, not the start.
   */
  public Service label() {
    return label;
  }

  public int defaultPort() {
    return defaultPort;
  }

  /** The name in snake case: the scrape job, the {@code service} label value, the log file. */
  public String id() {
    return id;
  }
}
