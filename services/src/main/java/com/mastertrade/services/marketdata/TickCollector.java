package com.mastertrade.services.marketdata;

import com.mastertrade.metrics.schema.MasterTradeLabels.DataType;
import com.mastertrade.metrics.schema.tracking.CollectionRuns;
import com.mastertrade.services.common.Bus;
import com.mastertrade.services.common.Events;
import com.mastertrade.services.common.LatestPrices;
import com.mastertrade.services.common.Topics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One collection run per call: draws the next price of every symbol, publishes each tick on
 * RabbitMQ, caches it in Redis as the latest price, and stores the candles the ticks close. A run
 * that fails marks the collector unhealthy and is counted; the next run may recover it.
 */
final class TickCollector implements Runnable {
  static final String COLLECTOR = "synthetic_ticks";
  static final String SOURCE = "simulator";
  static final long PRICE_TTL_SECONDS = 30;

  private final Map<String, PriceWalk> walks = new LinkedHashMap<>();
  private final Map<String, CandleBuilder> candles = new LinkedHashMap<>();
  private final Bus bus;
  private final LatestPrices prices;
  private final CandleStore store;
  private final CollectionRuns runs;

  TickCollector(
      Map<String, Double> startPrices,
      long candleMillis,
      Bus bus,
      LatestPrices prices,
      CandleStore store,
      CollectionRuns runs) {
    long seed = 1;
    for (Map.Entry<String, Double> entry : startPrices.entrySet()) {
      walks.put(entry.getKey(), new PriceWalk(entry.getValue(), 0.0008, seed++));
      candles.put(entry.getKey(), new CandleBuilder(entry.getKey(), candleMillis));
    }
    this.bus = bus;
    this.prices = prices;
    this.store = store;
    this.runs = runs;
  }

  @Override
  public synchronized void run() {
    runs.run(COLLECTOR, SOURCE, this::collect);
  }

  /**
   * Every symbol gets its price even when a server is down: a failure to cache or publish one does
   * not stop the others, and the run fails (and is counted) with the first failure.
   */
  private Void collect() {
    long now = System.currentTimeMillis();
    List<Candle> closed = new ArrayList<>();
    RuntimeException failure = null;
    for (Map.Entry<String, PriceWalk> entry : walks.entrySet()) {
      String symbol = entry.getKey();
      double price = entry.getValue().next();
      try {
        prices.store(symbol, price, PRICE_TTL_SECONDS);
      } catch (RuntimeException e) {
        failure = failure == null ? e : failure;
      }
      try {
        bus.publish(Topics.tick(symbol), new Events.Tick(symbol, price, now));
      } catch (RuntimeException e) {
        failure = failure == null ? e : failure;
      }
      Candle candle = candles.get(symbol).add(now, price);
      if (candle != null) {
        closed.add(candle);
      }
    }
    if (!closed.isEmpty()) {
      store.insert(closed);
      runs.recordPoints(COLLECTOR, SOURCE, DataType.CANDLES, closed.size());
    }
    if (failure != null) {
      throw failure;
    }
    runs.recordPoints(COLLECTOR, SOURCE, DataType.TICKS, walks.size());
    return null;
  }
}
