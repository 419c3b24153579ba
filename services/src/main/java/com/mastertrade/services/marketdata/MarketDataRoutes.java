package com.mastertrade.services.marketdata;

import com.mastertrade.services.common.LatestPrices;
import com.mastertrade.services.common.Symbols;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.Map;

/** The HTTP API of market_data_service. */
final class MarketDataRoutes {
  static final int DEFAULT_CANDLES = 50;
  static final int MAX_CANDLES = 500;

  private final LatestPrices prices;
  private final CandleStore store;

  MarketDataRoutes(LatestPrices prices, CandleStore store) {
    this.prices = prices;
    this.store = store;
  }

  void addTo(JavalinConfig config) {
    config.routes.get("/health", ctx -> ctx.json(Map.of("status", "ok")));
    config.routes.get("/symbols", ctx -> ctx.json(MarketDataService.SYMBOLS.keySet()));
    config.routes.get("/prices/{symbol}", this::price);
    config.routes.get("/candles/{symbol}", this::candles);
  }

  private void price(Context ctx) {
    String symbol = ctx.pathParam("symbol");
    Double price = prices.get(symbol);
    if (price == null) {
      throw new NotFoundResponse("no recent price for " + symbol);
    }
    ctx.json(Map.of("symbol", symbol, "price", price));
  }

  private void candles(Context ctx) {
    String symbol = ctx.pathParam("symbol");
    if (!Symbols.isKnown(symbol)) {
      throw new NotFoundResponse("unknown symbol: one of " + String.join(", ", Symbols.ALL));
    }
    // Without ?limit= the latest DEFAULT_CANDLES; the check runs only on a given value.
    int limit =
        ctx.queryParam("limit") == null
            ? DEFAULT_CANDLES
            : ctx.queryParamAsClass("limit", Integer.class)
                .check(n -> n > 0 && n <= MAX_CANDLES, "limit must be 1.." + MAX_CANDLES)
                .get();
    ctx.json(store.latest(symbol, limit));
  }
}
