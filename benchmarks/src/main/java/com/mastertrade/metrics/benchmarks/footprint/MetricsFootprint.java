package com.mastertrade.metrics.benchmarks.footprint;

import com.mastertrade.metrics.runtime.http.HttpMethod;
import com.mastertrade.metrics.runtime.http.HttpServerInstrumentation;
import com.mastertrade.metrics.schema.MasterTradeMetrics;
import com.mastertrade.metrics.schema.PrometheusMasterTradeMetricsAlerts;
import com.mastertrade.metrics.schema.PrometheusMasterTradeMetricsDataCollection;
import com.mastertrade.metrics.schema.PrometheusMasterTradeMetricsDatabase;
import com.mastertrade.metrics.schema.PrometheusMasterTradeMetricsGoals;
import com.mastertrade.metrics.schema.PrometheusMasterTradeMetricsHttp;
import com.mastertrade.metrics.schema.PrometheusMasterTradeMetricsMlModels;
import com.mastertrade.metrics.schema.PrometheusMasterTradeMetricsRabbitMq;
import com.mastertrade.metrics.schema.PrometheusMasterTradeMetricsRedisCache;
import com.mastertrade.metrics.schema.PrometheusMasterTradeMetricsRisk;
import com.mastertrade.metrics.schema.PrometheusMasterTradeMetricsServiceHealth;
import com.mastertrade.metrics.schema.PrometheusMasterTradeMetricsTrading;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openjdk.jol.info.GraphLayout;

/**
 * Measures the memory the metrics take: the deep size (every object reachable, as JOL counts it) of
 * a registry holding the categories each service registers, and the cost of one more series of each
 * shape. Run by hand: {@code java -cp ...
 * com.mastertrade.metrics.benchmarks.footprint.MetricsFootprint}.
 */
public final class MetricsFootprint {
  private MetricsFootprint() {}

  public static void main(String[] args) {
    Map<String, List<Function<PrometheusRegistry, Object>>> services = new LinkedHashMap<>();
    Function<PrometheusRegistry, Object> db = PrometheusMasterTradeMetricsDatabase::register;
    Function<PrometheusRegistry, Object> cache = PrometheusMasterTradeMetricsRedisCache::register;
    Function<PrometheusRegistry, Object> bus = PrometheusMasterTradeMetricsRabbitMq::register;
    services.put(
        "market_data_service",
        List.of(db, cache, bus, PrometheusMasterTradeMetricsDataCollection::register));
    services.put(
        "strategy_service",
        List.of(
            db,
            cache,
            bus,
            PrometheusMasterTradeMetricsMlModels::register,
            PrometheusMasterTradeMetricsTrading::register));
    services.put(
        "order_executor", List.of(db, cache, bus, PrometheusMasterTradeMetricsTrading::register));
    services.put(
        "risk_manager",
        List.of(
            db,
            cache,
            bus,
            PrometheusMasterTradeMetricsRisk::register,
            PrometheusMasterTradeMetricsGoals::register));
    services.put(
        "alert_system", List.of(db, cache, bus, PrometheusMasterTradeMetricsAlerts::register));
    services.put("api_gateway", List.of(cache));

    System.out.println("Deep size of each service's registry after registration (bytes):");
    for (Map.Entry<String, List<Function<PrometheusRegistry, Object>>> service :
        services.entrySet()) {
      PrometheusRegistry registry = new PrometheusRegistry();
      List<Object> roots = new ArrayList<>();
      roots.add(registry);
      roots.add(PrometheusMasterTradeMetricsServiceHealth.register(registry));
      roots.add(PrometheusMasterTradeMetricsHttp.register(registry));
      service.getValue().forEach(register -> roots.add(register.apply(registry)));
      System.out.printf(
          "  %-22s %,d%n",
          service.getKey(), GraphLayout.parseInstance(roots.toArray()).totalSize());
    }

    PrometheusRegistry registry = new PrometheusRegistry();
    MasterTradeMetrics.Http http = PrometheusMasterTradeMetricsHttp.register(registry);
    HttpServerInstrumentation instrumentation = new HttpServerInstrumentation(http);
    instrumentation.record(HttpMethod.GET, "/warm/{up}", 200, 1_000, 0, 10);
    long before = size(registry, http);
    for (int i = 0; i < 10; i++) {
      instrumentation.record(HttpMethod.GET, "/route" + i + "/{id}", 200, 1_000, 0, 10);
    }
    long perRoute = (size(registry, http) - before) / 10;
    System.out.printf(
        "One more HTTP route (1 counter series + 3 classic histogram series of 14, 6 and 6"
            + " buckets): %,d bytes%n",
        perRoute);

    MasterTradeMetrics.Trading trading = PrometheusMasterTradeMetricsTrading.register(registry);
    before = size(registry, http, trading);
    for (int i = 0; i < 10; i++) {
      trading.positionPnl("SYM" + i).set(i);
    }
    System.out.printf(
        "One more gauge series: %,d bytes%n", (size(registry, http, trading) - before) / 10);
    before = size(registry, http, trading);
    for (int i = 0; i < 10; i++) {
      trading.ordersRejected("SYM" + i, MasterTradeMetrics.Side.BUY).inc();
    }
    System.out.printf(
        "One more counter series: %,d bytes%n", (size(registry, http, trading) - before) / 10);
  }

  /** The registry with the category objects, which hold the resolved recorders. */
  private static long size(PrometheusRegistry registry, Object... categories) {
    Object[] roots = new Object[categories.length + 1];
    roots[0] = registry;
    System.arraycopy(categories, 0, roots, 1, categories.length);
    return GraphLayout.parseInstance(roots).totalSize();
  }
}
