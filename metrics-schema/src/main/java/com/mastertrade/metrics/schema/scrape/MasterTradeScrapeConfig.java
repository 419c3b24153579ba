package com.mastertrade.metrics.schema.scrape;

import com.mastertrade.metrics.annotations.ScrapeConfig;
import com.mastertrade.metrics.annotations.ScrapeTarget;
import com.mastertrade.metrics.schema.MasterTradeMetrics;

/**
 * Where the six services run and how Prometheus scrapes them: the deployment facts of the schema,
 * kept out of the metric declarations. Each service is one scrape job named after it, so its series
 * carry {@code job="<service>"} and {@code instance="<host>:<port>"}; the alert rule tests build
 * those labels from the constants here.
 */
public interface MasterTradeScrapeConfig {
  /** Every service listens on this machine. */
  String HOST = "127.0.0.1";

  String STRATEGY_SERVICE = "strategy_service";
  int STRATEGY_SERVICE_PORT = 8003;
  String STRATEGY_SERVICE_INSTANCE = HOST + ":" + STRATEGY_SERVICE_PORT;

  /** The labels Prometheus gives the series it scrapes from this service, as a matcher list. */
  String STRATEGY_SERVICE_TARGET =
      "job=\"" + STRATEGY_SERVICE + "\", instance=\"" + STRATEGY_SERVICE_INSTANCE + "\"";

  String RISK_MANAGER = "risk_manager";
  int RISK_MANAGER_PORT = 8002;
  String RISK_MANAGER_INSTANCE = HOST + ":" + RISK_MANAGER_PORT;
  String RISK_MANAGER_TARGET =
      "job=\"" + RISK_MANAGER + "\", instance=\"" + RISK_MANAGER_INSTANCE + "\"";

  String ALERT_SYSTEM = "alert_system";
  int ALERT_SYSTEM_PORT = 8007;
  String ALERT_SYSTEM_INSTANCE = HOST + ":" + ALERT_SYSTEM_PORT;
  String ALERT_SYSTEM_TARGET =
      "job=\"" + ALERT_SYSTEM + "\", instance=\"" + ALERT_SYSTEM_INSTANCE + "\"";

  String API_GATEWAY = "api_gateway";
  int API_GATEWAY_PORT = 8080;
  String API_GATEWAY_INSTANCE = HOST + ":" + API_GATEWAY_PORT;
  String API_GATEWAY_TARGET =
      "job=\"" + API_GATEWAY + "\", instance=\"" + API_GATEWAY_INSTANCE + "\"";

  String MARKET_DATA_SERVICE = "market_data_service";
  int MARKET_DATA_SERVICE_PORT = 9001;
  String MARKET_DATA_SERVICE_INSTANCE = HOST + ":" + MARKET_DATA_SERVICE_PORT;
  String MARKET_DATA_SERVICE_TARGET =
      "job=\"" + MARKET_DATA_SERVICE + "\", instance=\"" + MARKET_DATA_SERVICE_INSTANCE + "\"";

  String ORDER_EXECUTOR = "order_executor";
  int ORDER_EXECUTOR_PORT = 9002;
  String ORDER_EXECUTOR_INSTANCE = HOST + ":" + ORDER_EXECUTOR_PORT;
  String ORDER_EXECUTOR_TARGET =
      "job=\"" + ORDER_EXECUTOR + "\", instance=\"" + ORDER_EXECUTOR_INSTANCE + "\"";

  /** One job per service, each loading the rule files next to it. */
  @ScrapeConfig(
      schema = MasterTradeMetrics.class,
      targets = {
        @ScrapeTarget(job = STRATEGY_SERVICE, host = HOST, port = STRATEGY_SERVICE_PORT),
        @ScrapeTarget(job = RISK_MANAGER, host = HOST, port = RISK_MANAGER_PORT),
        @ScrapeTarget(job = ALERT_SYSTEM, host = HOST, port = ALERT_SYSTEM_PORT),
        @ScrapeTarget(job = API_GATEWAY, host = HOST, port = API_GATEWAY_PORT),
        @ScrapeTarget(job = MARKET_DATA_SERVICE, host = HOST, port = MARKET_DATA_SERVICE_PORT),
        @ScrapeTarget(job = ORDER_EXECUTOR, host = HOST, port = ORDER_EXECUTOR_PORT)
      })
  interface Prometheus {}
}
