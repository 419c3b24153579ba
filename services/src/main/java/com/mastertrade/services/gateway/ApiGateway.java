package com.mastertrade.services.gateway;

import com.mastertrade.services.common.Cache;
import com.mastertrade.services.common.Database;
import com.mastertrade.services.common.ServiceHost;
import com.mastertrade.services.common.ServiceName;
import com.mastertrade.services.common.Settings;
import com.mastertrade.services.common.Symbols;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import com.mastertrade.services.tracing.HttpClientTracing;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;

/**
 * api_gateway (port 8080): the one public entry, routing {@code /api/...} to the other services
 * over HTTP. Every {@code /api} call needs an API key ({@link ApiAuthentication}, keys made by
 * {@link ApiKeyCommand}) and is rate-limited per key; the gateway calls the services with the
 * internal credential they require. Prices, the most requested and fastest changing read, are
 * cached in Redis for a second so a burst of clients costs the market data service one call.
 */
public final class ApiGateway {
  private static final long PRICE_TTL_SECONDS = 1;

  private ApiGateway() {}

  public static void main(String[] args) {
    ServiceHost.run(ServiceName.API_GATEWAY, ApiGateway::start);
  }

  static void start(ServiceHost host) {
    Cache cache = Cache.open(host);
    Settings settings = host.settings();
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    String credential = settings.requireInternalCredential();
    HttpClientTracing tracing = new HttpClientTracing(host.tracing());
    Upstream marketData =
        upstream(client, tracing, settings, ServiceName.MARKET_DATA_SERVICE, credential);
    Upstream executor = upstream(client, tracing, settings, ServiceName.ORDER_EXECUTOR, credential);
    Upstream strategy =
        upstream(client, tracing, settings, ServiceName.STRATEGY_SERVICE, credential);
    Upstream risk = upstream(client, tracing, settings, ServiceName.RISK_MANAGER, credential);
    Upstream alerts = upstream(client, tracing, settings, ServiceName.ALERT_SYSTEM, credential);
    ApiKeys keys = new ApiKeys(Database.open(host, 2));
    ApiAuthentication authentication =
        new ApiAuthentication(
            new VerifiedKeys(keys), new RateLimits(settings.gatewayRateLimit()), host.http());
    host.servePublicHttp(
        config -> {
          authentication.install(config);
          config.routes.get("/health", ctx -> ctx.json(Map.of("status", "ok")));
          config.routes.get("/api/prices/{symbol}", ctx -> price(ctx, cache, marketData));
          config.routes.get(
              "/api/candles/{symbol}", ctx -> marketData.forward(ctx, "/candles/" + symbol(ctx)));
          config.routes.post("/api/orders", ctx -> executor.forward(ctx, "/orders"));
          config.routes.get(
              "/api/orders/{id}", ctx -> executor.forward(ctx, "/orders/" + orderId(ctx)));
          config.routes.get("/api/portfolio", ctx -> executor.forward(ctx, "/portfolio"));
          config.routes.get(
              "/api/signals/{symbol}", ctx -> strategy.forward(ctx, "/signals/" + symbol(ctx)));
          config.routes.get("/api/model", ctx -> strategy.forward(ctx, "/model"));
          config.routes.get("/api/risk", ctx -> risk.forward(ctx, "/risk"));
          config.routes.get("/api/goals", ctx -> risk.forward(ctx, "/goals"));
          config.routes.get("/api/alerts", ctx -> alerts.forward(ctx, "/alerts"));
        });
  }

  /**
   * The {@code symbol} path parameter if it is traded, else a 404: only known symbols are forwarded
   * (as a path segment, never as text that could change the path) or become cache keys.
   */
  private static String symbol(Context ctx) {
    String symbol = ctx.pathParam("symbol");
    if (!Symbols.isKnown(symbol)) {
      throw new NotFoundResponse("unknown symbol: one of " + String.join(", ", Symbols.ALL));
    }
    return symbol;
  }

  /** The {@code id} path parameter as a positive number, else a 400. */
  private static long orderId(Context ctx) {
    return ctx.pathParamAsClass("id", Long.class).check(id -> id > 0, "id must be positive").get();
  }

  private static Upstream upstream(
      HttpClient client,
      HttpClientTracing tracing,
      Settings settings,
      ServiceName service,
      String credential) {
    return new Upstream(client, tracing, settings.baseUrl(service), credential);
  }

  private static void price(Context ctx, Cache cache, Upstream marketData) throws Exception {
    String symbol = symbol(ctx);
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
