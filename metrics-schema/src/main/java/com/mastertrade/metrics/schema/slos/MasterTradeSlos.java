package com.mastertrade.metrics.schema.slos;

import static com.mastertrade.metrics.schema.scrape.MasterTradeScrapeConfig.API_GATEWAY;
import static com.mastertrade.metrics.schema.scrape.MasterTradeScrapeConfig.MARKET_DATA_SERVICE;
import static com.mastertrade.metrics.schema.scrape.MasterTradeScrapeConfig.ORDER_EXECUTOR;

import com.mastertrade.metrics.annotations.AvailabilitySlo;
import com.mastertrade.metrics.annotations.ComplianceWindow;
import com.mastertrade.metrics.annotations.LatencySlo;
import com.mastertrade.metrics.annotations.Runbook;
import com.mastertrade.metrics.annotations.RunbookCheck;
import com.mastertrade.metrics.annotations.ServiceLevelObjectives;
import com.mastertrade.metrics.runtime.http.HttpStatusClass;
import com.mastertrade.metrics.schema.MasterTradeLabels.OrderOutcome;
import com.mastertrade.metrics.schema.MasterTradeMetrics;

/**
 * What the services promise their users, as service level objectives of the schema's metrics: the
 * processor turns each into SLI recording rules, burn-rate alerts that page or open a ticket, their
 * rule tests, a row of the SLO dashboard and runbook pages. Bad events are enum constants of the
 * metric's label and latency thresholds bucket bounds, both checked at compile time.
 */
@ServiceLevelObjectives(
    schema = MasterTradeMetrics.class,
    availability = {
      @AvailabilitySlo(
          name = "gateway_availability",
          service = API_GATEWAY,
          objective = 99.5,
          window = ComplianceWindow.DAYS_28,
          description = "Requests to the API gateway answered without a server error.",
          events = "Http.requests",
          badType = HttpStatusClass.class,
          bad = "SERVER_ERROR",
          // HighErrorRate pages for the gateway's 5xx too: one incident, one page.
          inhibits = "HighErrorRate",
          runbook =
              @Runbook(
                  meaning =
                      "Clients of the API gateway get server errors: orders, prices and"
                          + " portfolios they ask for do not arrive.",
                  causes = {
                    "A service behind the gateway is down or failing",
                    "Redis, which caches the prices the gateway serves, fails",
                    "A bug in the gateway's routing"
                  },
                  mitigations = {
                    "Restart or fail over the failing service behind the gateway",
                    "Roll back the gateway's last deploy if the errors began with it"
                  },
                  checks = {
                    @RunbookCheck(
                        description = "5xx responses of the gateway per route",
                        expr =
                            "sum by (route) (rate({Http.requests}{job=\"api_gateway\","
                                + " status=\"5xx\"}[5m]))"),
                    @RunbookCheck(
                        description = "5xx responses of the services behind it",
                        expr =
                            "sum by (job) (rate({Http.requests}{job!=\"api_gateway\","
                                + " status=\"5xx\"}[5m]))"),
                    @RunbookCheck(description = "Services down", expr = "up == 0")
                  },
                  dashboards = "mastertrade-system-health")),
      @AvailabilitySlo(
          name = "order_placement",
          service = ORDER_EXECUTOR,
          objective = 99.9,
          description =
              "Orders the executor handled without failing: filled, or rejected by its checks.",
          events = "Trading.ordersHandled",
          badType = OrderOutcome.class,
          bad = "FAILED",
          runbook =
              @Runbook(
                  meaning =
                      "The order executor fails to place orders: trades the strategies and users"
                          + " asked for are not made.",
                  causes = {
                    "PostgreSQL, where orders, fills and positions are written, fails or is slow",
                    "Redis, where the executor reads the latest price, fails",
                    "A bug in the executor"
                  },
                  mitigations = {
                    "Pause the strategies so that no more orders fail",
                    "Restore PostgreSQL or Redis, or fail over to their standby",
                    "Roll back the executor's last deploy if the failures began with it"
                  },
                  checks = {
                    @RunbookCheck(
                        description = "Orders per outcome",
                        expr = "sum by (outcome) (rate({Trading.ordersHandled}[5m]))"),
                    @RunbookCheck(
                        description = "Failing database queries of the executor",
                        expr =
                            "sum by (table) (rate({Database.queryErrors}"
                                + "{job=\"order_executor\"}[5m]))")
                  },
                  dashboards = {"mastertrade-trading-performance", "mastertrade-system-health"}))
    },
    latency = {
      @LatencySlo(
          name = "gateway_latency",
          service = API_GATEWAY,
          objective = 99,
          window = ComplianceWindow.DAYS_28,
          description = "Requests to the API gateway served within 250 ms.",
          histogram = "Http.requestDuration",
          threshold = 0.25,
          runbook =
              @Runbook(
                  meaning =
                      "The API gateway answers slowly: clients wait, and prices they see are older"
                          + " than they think.",
                  causes = {
                    "A service behind the gateway is slow, often on its database queries",
                    "Redis is slow, so cached prices cost more than a lookup",
                    "The machine is overloaded"
                  },
                  mitigations = {
                    "Restart or scale out the slow service behind the gateway",
                    "Stop batch work competing for the machine"
                  },
                  checks = {
                    @RunbookCheck(
                        description = "Gateway p99 latency per route",
                        expr =
                            "histogram_quantile(0.99, sum by (route, le) (rate("
                                + "{Http.requestDuration:bucket}{job=\"api_gateway\"}[5m])))"),
                    @RunbookCheck(
                        description = "p99 latency of the services behind it",
                        expr =
                            "histogram_quantile(0.99, sum by (job, le) (rate("
                                + "{Http.requestDuration:bucket}[5m])))"),
                    @RunbookCheck(
                        description = "p99 Redis operation time",
                        expr =
                            "histogram_quantile(0.99, sum by (le) (rate("
                                + "{RedisCache.operationDuration:bucket}[5m])))")
                  },
                  dashboards = "mastertrade-system-health")),
      @LatencySlo(
          name = "market_data_freshness",
          service = MARKET_DATA_SERVICE,
          objective = 99,
          description =
              "Once-a-second samples at which the latest market data was at most 1 s old.",
          histogram = "DataCollection.dataAge",
          threshold = 1,
          runbook =
              @Runbook(
                  meaning =
                      "Market data goes stale: the prices strategies, the executor and the"
                          + " gateway use are older than a second.",
                  causes = {
                    "Collection runs fail: RabbitMQ, Redis or PostgreSQL is unreachable",
                    "Collection runs are slow, e.g. candle writes to PostgreSQL",
                    "The market data service is starved of CPU"
                  },
                  mitigations = {
                    "Restart the market data service",
                    "Pause the strategies that trade on stale prices until data is fresh"
                  },
                  checks = {
                    @RunbookCheck(
                        description = "Failed collection runs",
                        expr = "sum by (collector) (increase({DataCollection.errors}[15m]))"),
                    @RunbookCheck(
                        description = "Collection run time p99",
                        expr =
                            "histogram_quantile(0.99, sum by (collector, le) (rate("
                                + "{DataCollection.duration:bucket}[5m])))")
                  },
                  dashboards = {"mastertrade-data-collection", "mastertrade-system-health"}))
    })
public interface MasterTradeSlos {}
