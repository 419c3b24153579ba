package com.mastertrade.services.marketdata;

import com.mastertrade.metrics.schema.PrometheusMasterTradeMetricsDataCollection;
import com.mastertrade.metrics.schema.tracking.CollectionRuns;
import com.mastertrade.services.common.Bus;
import com.mastertrade.services.common.Cache;
import com.mastertrade.services.common.Database;
import com.mastertrade.services.common.LatestPrices;
import com.mastertrade.services.common.ServiceHost;
import com.mastertrade.services.common.ServiceName;
import com.mastertrade.services.common.Symbols;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * market_data_service (port 9001): draws a synthetic price stream, publishes it on RabbitMQ, caches
 * the latest prices in Redis, stores candles in PostgreSQL and serves both over HTTP.
 */
public final class MarketDataService {
  /** The symbols and their start prices. */
  static final Map<String, Double> SYMBOLS = new LinkedHashMap<>();

  static {
    double[] startPrices = {65_000.0, 3_200.0, 150.0};
    for (int i = 0; i < Symbols.ALL.size(); i++) {
      SYMBOLS.put(Symbols.ALL.get(i), startPrices[i]);
    }
  }

  private MarketDataService() {}

  public static void main(String[] args) {
    ServiceHost.run(ServiceName.MARKET_DATA_SERVICE, MarketDataService::start);
  }

  private static void start(ServiceHost host) throws Exception {
    Database database = Database.open(host, 4);
    LatestPrices prices = new LatestPrices(Cache.open(host));
    Bus bus = Bus.open(host);
    CandleStore store = new CandleStore(database);
    CollectionRuns runs =
        new CollectionRuns(PrometheusMasterTradeMetricsDataCollection.register(host.registry()));
    TickCollector collector = new TickCollector(SYMBOLS, 5_000, bus, prices, store, runs);
    host.every(Duration.ofMillis(250), collector);
    host.every(
        Duration.ofSeconds(1), () -> runs.sampleAge(TickCollector.COLLECTOR, TickCollector.SOURCE));
    host.serveHttp(config -> new MarketDataRoutes(prices, store).addTo(config));
  }
}
