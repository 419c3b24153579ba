package com.mastertrade.services.gateway;

import com.mastertrade.services.common.Cache;
import com.mastertrade.services.common.ServiceHost;
import com.mastertrade.services.common.ServiceName;
import com.mastertrade.services.common.Settings;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;

/**
 * api_gateway (port 8080): the one public entry, routing {@code /api/...} to the other services
 * over HTTP. Prices, the most requested and fastest changing read, are cached in Redis for a second
 * so a burst of clients costs the market data service one call.
 */
public final class ApiGateway {
  private static final long PRICE_TTL_SECONDS = 1;

  private ApiGateway() {}

  public static void main(String[] args) {
    ServiceHost.run(ServiceName.API_GATEWAY, ApiGateway::start);
  }

  private static void start(ServiceHost host) {
    Cache cache = Cache.open(host);
    Settings settings = host.settings();
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    Upstream marketData = new Upstream(client, settings.baseUrl(ServiceName.MARKET_DATA_SERVICE));
    Upstream executor = new Upstream(client, settings.baseUrl(ServiceName.ORDER_EXECUTOR));
    Upstream strategy = new Upstream(client, settings.baseUrl(ServiceName.STRATEGY_SERVICE));
    Upstream risk = new Upstream(client, settings.baseUrl(ServiceName.RISK_MANAGER));
    Upstream alerts = new Upstream(client, settings.baseUrl(ServiceName.ALERT_SYSTEM));
    host.serveHttp(
        config -> {
          config.routes.get("/health", ctx -> ctx.json(Map.of("status", "ok")));
          config.routes.get("/api/prices/{symbol}", ctx -> price(ctx, cache, marketData));
          config.routes.get(
              "/api/candles/{symbol}",
              ctx -> marketData.forward(ctx, "/candles/" + ctx.pathParam("symbol")));
          config.routes.post("/api/orders", ctx -> executor.forward(ctx, "/orders"));
          config.routes.get(
              "/api/orders/{id}", ctx -> executor.forward(ctx, "/orders/" + ctx.pathParam("id")));
          config.routes.get("/api/portfolio", ctx -> executor.forward(ctx, "/portfolio"));
          config.routes.get(
              "/api/signals/{symbol}",
              ctx -> strategy.forward(ctx, "/signals/" + ctx.pathParam("symbol")));
          config.routes.get("/api/model", ctx -> strategy.forward(ctx, "/model"));
          config.routes.get("/api/risk", ctx -> risk.forward(ctx, "/risk"));
          config.routes.get("/api/goals", ctx -> risk.forward(ctx, "/goals"));
          config.routes.get("/api/alerts", ctx -> alerts.forward(ctx, "/alerts"));
        });
  }

  private static void price(Context ctx, Cache cache, Upstream marketData) throws Exception {
    String symbol = ctx.pathParam("symbol");
    String key = "gateway:price:" + symbol;
    String body = cache.get("gateway_prices", key);
    if (body == null) {
      body = marketData.getBody("/prices/" + symbol);
      if (body == null) {
        throw new NotFoundResponse("no price for " + symbol);
      }
      cache.set(key, body, PRICE_TTL_SECONDS);
    }
    ctx.contentType("application/json").result(body);
  }
}
