package com.mastertrade.services;

import com.mastertrade.services.alerts.AlertSystem;
import com.mastertrade.services.common.ServiceName;
import com.mastertrade.services.common.Settings;
import com.mastertrade.services.executor.OrderExecutor;
import com.mastertrade.services.gateway.ApiGateway;
import com.mastertrade.services.marketdata.MarketDataService;
import com.mastertrade.services.risk.RiskManager;
import com.mastertrade.services.strategy.StrategyService;
import java.util.EnumMap;
import java.util.Map;

/**
 * The services as the stack scripts start them: each one's name, HTTP port and main class, in
 * {@link ServiceName} order (producers before consumers, the gateway last). Run, it prints one
 * {@code name:port:main class} line per service, which {@code scripts/stack-env.sh} reads: the
 * scripts hold no list of their own.
 */
public final class ServiceCatalog {
  private static final Map<ServiceName, Class<?>> MAIN_CLASSES = new EnumMap<>(ServiceName.class);

  static {
    MAIN_CLASSES.put(ServiceName.MARKET_DATA_SERVICE, MarketDataService.class);
    MAIN_CLASSES.put(ServiceName.STRATEGY_SERVICE, StrategyService.class);
    MAIN_CLASSES.put(ServiceName.ORDER_EXECUTOR, OrderExecutor.class);
    MAIN_CLASSES.put(ServiceName.RISK_MANAGER, RiskManager.class);
    MAIN_CLASSES.put(ServiceName.ALERT_SYSTEM, AlertSystem.class);
    MAIN_CLASSES.put(ServiceName.API_GATEWAY, ApiGateway.class);
  }

  private ServiceCatalog() {}

  /** The main class of {@code service}. */
  public static Class<?> mainClass(ServiceName service) {
    return MAIN_CLASSES.get(service);
  }

  /** Prints {@code name:port:main class} per service; the port honours {@code <NAME>_PORT}. */
  public static void main(String[] args) {
    Settings settings = Settings.fromEnvironment();
    StringBuilder lines = new StringBuilder();
    for (ServiceName service : ServiceName.values()) {
      lines
          .append(service.id())
          .append(':')
          .append(settings.port(service))
          .append(':')
          .append(mainClass(service).getName())
          .append('\n');
    }
    System.out.print(lines);
  }
}
