package com.mastertrade.metrics.benchmarks.evolution;

import com.mastertrade.metrics.evolution.snapshot.LabelSnapshot;
import com.mastertrade.metrics.evolution.snapshot.LabelValueSnapshot;
import com.mastertrade.metrics.evolution.snapshot.MetricSnapshot;
import com.mastertrade.metrics.evolution.snapshot.SchemaSnapshot;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.core.metrics.Info;
import io.prometheus.metrics.core.metrics.Summary;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Unit;
import java.util.List;

/**
 * A schema snapshot and a client_java registry that conforms to it with 10,001 series: a counter of
 * 2,000 (1,000 symbols by side), a gauge of 1,300, a histogram of 5,200 (100 routes by 4 methods by
 * 13 series), a summary of 1,500 (300 symbols by 5) and an info series.
 */
final class LiveCheckFixture {
  static final int SERIES = 10_001;

  private LiveCheckFixture() {}

  static SchemaSnapshot snapshot() {
    List<Double> buckets = List.of(0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 5.0);
    return new SchemaSnapshot(
        SchemaSnapshot.FORMAT_VERSION,
        "bench.BenchMetrics",
        "bench",
        100_000,
        10_000,
        2_002 + 1_301 + 5_252 + 1_505 + 3 + 5,
        "bench_label_overflow",
        List.of(
            metric(
                "Orders.placed",
                "bench_orders_placed",
                "counter",
                "",
                List.of(open("symbol", 1000), side()),
                List.of(),
                List.of(),
                2_002),
            metric(
                "Positions.value",
                "bench_position_value_usd",
                "gauge",
                "usd",
                List.of(open("symbol", 1300)),
                List.of(),
                List.of(),
                1_301),
            metric(
                "Http.duration",
                "bench_http_duration_seconds",
                "histogram",
                "seconds",
                List.of(open("route", 100), method()),
                buckets,
                List.of(),
                5_252),
            metric(
                "Orders.value",
                "bench_order_value_usd",
                "summary",
                "usd",
                List.of(open("symbol", 300)),
                List.of(),
                List.of(0.5, 0.9, 0.99),
                1_505),
            metric(
                "Build.info",
                "bench_build_info",
                "info",
                "",
                List.of(open("version", 2)),
                List.of(),
                List.of(),
                3)),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  static PrometheusRegistry registry() {
    PrometheusRegistry registry = new PrometheusRegistry();
    Counter orders =
        Counter.builder()
            .name("bench_orders_placed")
            .help("help of bench_orders_placed")
            .labelNames("symbol", "side")
            .register(registry);
    Gauge positions =
        Gauge.builder()
            .name("bench_position_value_usd")
            .unit(new Unit("usd"))
            .help("help of bench_position_value_usd")
            .labelNames("symbol")
            .register(registry);
    Histogram duration =
        Histogram.builder()
            .name("bench_http_duration_seconds")
            .unit(Unit.SECONDS)
            .help("help of bench_http_duration_seconds")
            .classicOnly()
            .classicUpperBounds(0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 5.0)
            .labelNames("route", "method")
            .register(registry);
    Summary value =
        Summary.builder()
            .name("bench_order_value_usd")
            .unit(new Unit("usd"))
            .help("help of bench_order_value_usd")
            .quantile(0.5, 0.01)
            .quantile(0.9, 0.01)
            .quantile(0.99, 0.001)
            .labelNames("symbol")
            .register(registry);
    Info build =
        Info.builder()
            .name("bench_build_info")
            .help("help of bench_build_info")
            .labelNames("version")
            .register(registry);
    for (int i = 0; i < 1000; i++) {
      orders.labelValues("SYM" + i, "buy").inc(i);
      orders.labelValues("SYM" + i, "sell").inc(i + 1);
    }
    for (int i = 0; i < 1300; i++) {
      positions.labelValues("SYM" + i).set(i * 10.5);
    }
    for (int r = 0; r < 100; r++) {
      for (String method : List.of("GET", "POST", "PUT", "DELETE")) {
        duration.labelValues("/route/" + r, method).observe(0.001 * r);
      }
    }
    for (int i = 0; i < 300; i++) {
      value.labelValues("SYM" + i).observe(i);
    }
    build.addLabelValues("1.0.0");
    return registry;
  }

  private static MetricSnapshot metric(
      String key,
      String name,
      String type,
      String unit,
      List<LabelSnapshot> labels,
      List<Double> buckets,
      List<Double> quantiles,
      long worstCase) {
    String exposed = type.equals("counter") ? name + "_total" : name;
    return new MetricSnapshot(
        key,
        name,
        exposed,
        type,
        unit,
        "help of " + name,
        labels,
        buckets,
        false,
        false,
        quantiles,
        worstCase,
        List.of(),
        null);
  }

  private static LabelSnapshot open(String name, int maxValues) {
    return new LabelSnapshot(name, "open", List.of(), maxValues, List.of());
  }

  private static LabelSnapshot side() {
    return closed("side", "buy", "sell");
  }

  private static LabelSnapshot method() {
    return closed("method", "GET", "POST", "PUT", "DELETE");
  }

  private static LabelSnapshot closed(String name, String... values) {
    List<LabelValueSnapshot> domain =
        java.util.Arrays.stream(values)
            .map(v -> new LabelValueSnapshot(v.toUpperCase(java.util.Locale.ROOT), v, null))
            .toList();
    return new LabelSnapshot(name, "enum", domain, 0, List.of());
  }
}
