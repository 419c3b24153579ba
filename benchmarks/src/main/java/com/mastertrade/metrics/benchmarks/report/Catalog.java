package com.mastertrade.metrics.benchmarks.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each benchmark measures, in the order the report lists them, and the performance targets as
 * comparisons between them. Keys are {@code Class.method[params]} as {@code JmhRun} writes them.
 */
final class Catalog {
  /** Who wrote the code under test: colours the chart and groups the table. */
  enum Family {
    GENERATED,
    CLIENT_JAVA,
    MICROMETER,
    FLOOR
  }

  record Entry(String description, Family family) {}

  static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();

  static {
    String c = "CounterBenchmarks.";
    add(c + "longAdder", "`LongAdder.increment()`: the floor", Family.FLOOR);
    add(
        c + "clientJavaCached",
        "client_java counter, 3 labels, data point cached in a field",
        Family.CLIENT_JAVA);
    add(
        c + "clientJavaCachedWithoutExemplars",
        "same, `withoutExemplars()` as the generated counters are built",
        Family.CLIENT_JAVA);
    add(
        c + "clientJavaLabelValues",
        "client_java counter, 3 labels, `labelValues(\"GET\",\"/orders\",\"200\").inc()` each call",
        Family.CLIENT_JAVA);
    add(c + "clientJavaNoLabels", "client_java counter without labels", Family.CLIENT_JAVA);
    add(
        c + "micrometerBuilderPerCall",
        "Micrometer `Counter.builder(..).tags(..).register(reg).increment()` each call",
        Family.MICROMETER);
    add(c + "micrometerCached", "Micrometer cached counter `.increment()`", Family.MICROMETER);
    add(c + "generatedEnumLabels", "generated counter, 3 enum labels", Family.GENERATED);
    add(c + "generatedBooleanLabels", "generated counter, enum + boolean labels", Family.GENERATED);
    add(
        c + "generatedOpenLabel",
        "generated counter, 2 enum labels + bounded open `String` label",
        Family.GENERATED);
    add(
        c + "generatedOpenLabelTwoThreads",
        "generated open-label counter, 2 threads recording 2 different values at once",
        Family.GENERATED);
    add(
        c + "generatedOpenLabelAlternating",
        "generated open-label counter, 1 thread passing 2 values in turn",
        Family.GENERATED);
    add(
        c + "generatedOpenLabelLookup",
        "the lookup of `generatedOpenLabel` alone, no `inc()`",
        Family.GENERATED);
    add(
        c + "generatedEnumLabelsLookup",
        "the lookup of `generatedEnumLabels` alone, no `inc()`",
        Family.GENERATED);
    add(c + "generatedNoLabels", "generated counter without labels", Family.GENERATED);
    add(
        c + "schemaAlertsDelivered",
        "real schema `alerts().delivered(channel, priority)`, 2 enum labels",
        Family.GENERATED);
    add(
        c + "schemaOrdersPlaced",
        "real schema `trading().ordersPlaced(symbol, side, type)`, open symbol (16) + 2 enums",
        Family.GENERATED);
    String d = "DistributionBenchmarks.";
    add(
        d + "histogramDefaultLabelValues",
        "client_java histogram, 2 labels, `labelValues(a,b).observe(x)` (classic+native default)",
        Family.CLIENT_JAVA);
    add(d + "histogramDefaultCached", "same, cached data point", Family.CLIENT_JAVA);
    add(d + "histogramClassicOnlyCached", "same, cached, `classicOnly()`", Family.CLIENT_JAVA);
    add(
        d + "generatedHistogram",
        "generated histogram, 2 enum labels (classic only)",
        Family.GENERATED);
    add(
        d + "generatedNativeHistogram",
        "generated histogram, 2 enum labels, `kind = HistogramKind.BOTH`",
        Family.GENERATED);
    add(
        d + "summaryCached",
        "client_java summary, 3 quantiles, cached data point",
        Family.CLIENT_JAVA);
    add(d + "generatedSummary", "generated summary, 3 quantiles, 2 enum labels", Family.GENERATED);
    add(
        d + "schemaCacheOperationDuration",
        "real schema `redisCache().operationDuration(op)`, 1 enum label, 8 buckets",
        Family.GENERATED);
    add(
        d + "schemaTradeValue",
        "real schema `trading().tradeValue(side)`, histogram, 10 buckets",
        Family.GENERATED);
    add(d + "micrometerTimerCached", "Micrometer cached `Timer.record(..)`", Family.MICROMETER);
    String g = "GaugeBenchmarks.";
    add(
        g + "gaugeLabelValues",
        "client_java gauge, 1 label, `labelValues(..).set(x)` each call",
        Family.CLIENT_JAVA);
    add(g + "gaugeCached", "client_java gauge, cached data point", Family.CLIENT_JAVA);
    add(g + "generatedGauge", "generated gauge, 1 enum label (lazy slot)", Family.GENERATED);
    add(
        g + "schemaLimitUtilization",
        "real schema `risk().limitUtilization(limit)`, 1 enum label (lazy slot)",
        Family.GENERATED);
    add(g + "schemaDrawdown", "real schema `risk().drawdown()`, no labels", Family.GENERATED);
    String h = "HelperBenchmarks.";
    add(
        h + "handDatabaseQuery",
        "database query timed by hand around client_java (histogram + error counter)",
        Family.CLIENT_JAVA);
    add(
        h + "handDatabaseQueryLabelValues",
        "database query by hand around client_java, `labelValues(..)` per call",
        Family.CLIENT_JAVA);
    add(h + "helperDatabaseQuery", "generated timing helper: database query", Family.GENERATED);
    add(
        h + "handCacheOperation",
        "cache operation timed by hand around client_java",
        Family.CLIENT_JAVA);
    add(
        h + "handCacheOperationLabelValues",
        "cache lookup by hand around client_java, `labelValues(..)` per call",
        Family.CLIENT_JAVA);
    add(h + "helperCacheOperation", "generated timing helper: cache operation", Family.GENERATED);
    add(
        h + "handDataCollection",
        "data collection run timed by hand around client_java",
        Family.CLIENT_JAVA);
    add(
        h + "helperDataCollection",
        "generated timing helper: data collection run",
        Family.GENERATED);
    add(
        h + "handDataCollectionLabelValues",
        "data collection run by hand around client_java, `labelValues(..)` per call",
        Family.CLIENT_JAVA);
    add(
        "HttpBenchmarks.handHttpPerRequest",
        "HTTP request recorded by hand: 4 client_java `labelValues(..)` recordings",
        Family.CLIENT_JAVA);
    add(
        "HttpBenchmarks.schemaHttpPerRequest",
        "HTTP request: the instrumentation's 4 recordings on the generated HTTP category",
        Family.GENERATED);
    add(
        "HttpBenchmarks.instrumentedRequest",
        "HTTP instrumentation, one request (count, latency, sizes)",
        Family.GENERATED);
    add(
        "HttpBenchmarks.rejectedBeforeRouting",
        "HTTP instrumentation, one request Jetty rejected before routing (unmatched, 4xx)",
        Family.GENERATED);
    for (String n : List.of("1000", "10000")) {
      String s = "ScrapeBenchmarks.";
      add(
          s + "scrapeClientJava[series=" + n + "]",
          "scrape + text format, " + n + " client_java counter series",
          Family.CLIENT_JAVA);
      add(
          s + "scrapeGenerated[series=" + n + "]",
          "scrape + text format, " + n + " generated counter series",
          Family.GENERATED);
    }
    String live = "LiveCheckBenchmarks.";
    add(
        live + "checkText",
        "live check: parse and check a 10,001-series text exposition against the snapshot",
        Family.GENERATED);
    add(
        live + "checkOpenMetrics",
        "live check: parse and check the same exposition in OpenMetrics",
        Family.GENERATED);
    add(live + "parseText", "live check: parse the text exposition only", Family.GENERATED);
    add(
        live + "clientJavaWriteText",
        "client_java writing the same 10,001-series text exposition (the scale)",
        Family.CLIENT_JAVA);
  }

  static {
    String e = "ExemplarBenchmarks.";
    add(
        e + "withoutExemplars",
        "generated latency histogram declared without exemplars (every recorder before)",
        Family.GENERATED);
    add(
        e + "exemplarsNoSpan",
        "the same histogram with exemplars (the default for latency), no span current",
        Family.GENERATED);
    add(
        e + "exemplarsInSpan",
        "the same with exemplars, a sampled OpenTelemetry span current",
        Family.GENERATED);
  }

  static {
    add(
        "SchemaScrapeBenchmarks.scrapeSchemaRegistry",
        "scrape + text format of a registry holding the whole real schema",
        Family.GENERATED);
  }

  static final List<Target> TARGETS =
      List.of(
          Target.ratio(
              "Latency histogram with exemplars, no span current, vs declared without",
              "ExemplarBenchmarks.exemplarsNoSpan",
              "ExemplarBenchmarks.withoutExemplars",
              1.05),
          Target.ratio(
              "(context) Latency histogram with exemplars in a sampled span vs without",
              "ExemplarBenchmarks.exemplarsInSpan",
              "ExemplarBenchmarks.withoutExemplars",
              1.5),
          Target.bytes(
              "Latency histogram with exemplars, no span: allocation",
              "ExemplarBenchmarks.exemplarsNoSpan",
              0),
          Target.ratio(
              "Counter, enum labels vs cached client_java data point",
              "CounterBenchmarks.generatedEnumLabels",
              "CounterBenchmarks.clientJavaCached",
              1.3),
          Target.speedup(
              "Counter, enum labels vs idiomatic `labelValues(...)`",
              "CounterBenchmarks.generatedEnumLabels",
              "CounterBenchmarks.clientJavaLabelValues",
              5),
          Target.speedup(
              "(context) The floor, `LongAdder`, vs idiomatic `labelValues(...)` on this machine",
              "CounterBenchmarks.longAdder",
              "CounterBenchmarks.clientJavaLabelValues",
              5),
          Target.speedup(
              "(context) Cached client_java data point vs idiomatic `labelValues(...)`",
              "CounterBenchmarks.clientJavaCached",
              "CounterBenchmarks.clientJavaLabelValues",
              5),
          Target.bytes(
              "Counter, enum labels: allocation", "CounterBenchmarks.generatedEnumLabels", 0),
          Target.ratio(
              "Counter, enum + boolean labels vs cached data point",
              "CounterBenchmarks.generatedBooleanLabels",
              "CounterBenchmarks.clientJavaCached",
              1.3),
          Target.bytes(
              "Counter, enum + boolean labels: allocation",
              "CounterBenchmarks.generatedBooleanLabels",
              0),
          Target.ratio(
              "Real schema counter `alerts().delivered(..)` (2 enums) vs cached data point",
              "CounterBenchmarks.schemaAlertsDelivered",
              "CounterBenchmarks.clientJavaCached",
              1.3),
          Target.bytes(
              "Real schema counter `alerts().delivered(..)`: allocation",
              "CounterBenchmarks.schemaAlertsDelivered",
              0),
          Target.ratio(
              "Counter, no labels vs client_java counter without labels",
              "CounterBenchmarks.generatedNoLabels",
              "CounterBenchmarks.clientJavaNoLabels",
              1.3),
          Target.ratio(
              "Histogram, enum labels vs cached classic-only data point",
              "DistributionBenchmarks.generatedHistogram",
              "DistributionBenchmarks.histogramClassicOnlyCached",
              1.3),
          Target.bytes(
              "Histogram, enum labels: allocation", "DistributionBenchmarks.generatedHistogram", 0),
          Target.ratio(
              "Real schema histogram `redisCache().operationDuration(op)` vs cached classic-only",
              "DistributionBenchmarks.schemaCacheOperationDuration",
              "DistributionBenchmarks.histogramClassicOnlyCached",
              1.3),
          Target.bytes(
              "Real schema histogram `redisCache().operationDuration(op)`: allocation",
              "DistributionBenchmarks.schemaCacheOperationDuration",
              0),
          Target.ratio(
              "Summary, enum labels vs cached client_java summary",
              "DistributionBenchmarks.generatedSummary",
              "DistributionBenchmarks.summaryCached",
              1.3),
          Target.ratio(
              "Real schema histogram `trading().tradeValue(side)` vs cached classic-only histogram",
              "DistributionBenchmarks.schemaTradeValue",
              "DistributionBenchmarks.histogramClassicOnlyCached",
              1.3),
          Target.ratio(
              "Real schema gauge `risk().limitUtilization(..)` vs cached client_java gauge",
              "GaugeBenchmarks.schemaLimitUtilization",
              "GaugeBenchmarks.gaugeCached",
              1.3),
          Target.ratio(
              "Gauge, enum label vs cached client_java gauge",
              "GaugeBenchmarks.generatedGauge",
              "GaugeBenchmarks.gaugeCached",
              1.3),
          Target.ratio(
              "Bounded open `String` label vs cached data point",
              "CounterBenchmarks.generatedOpenLabel",
              "CounterBenchmarks.clientJavaCached",
              1.1),
          Target.bytes(
              "Bounded open `String` label: allocation", "CounterBenchmarks.generatedOpenLabel", 0),
          Target.bytes(
              "Bounded open `String` label, 2 threads, 2 values: allocation",
              "CounterBenchmarks.generatedOpenLabelTwoThreads",
              0),
          Target.bytes(
              "Bounded open `String` label, 2 values in turn: allocation",
              "CounterBenchmarks.generatedOpenLabelAlternating",
              0),
          Target.ratio(
              "Bounded open `String` label vs idiomatic `labelValues(...)`",
              "CounterBenchmarks.generatedOpenLabel",
              "CounterBenchmarks.clientJavaLabelValues",
              1.0),
          Target.ratio(
              "Real schema `ordersPlaced(symbol, ..)` (open label) vs idiomatic `labelValues(...)`",
              "CounterBenchmarks.schemaOrdersPlaced",
              "CounterBenchmarks.clientJavaLabelValues",
              1.0),
          Target.ratio(
              "Timing helper, database query vs by hand, data points cached",
              "HelperBenchmarks.helperDatabaseQuery",
              "HelperBenchmarks.handDatabaseQuery",
              1.2),
          Target.ratio(
              "Timing helper, cache lookup vs by hand, data points cached",
              "HelperBenchmarks.helperCacheOperation",
              "HelperBenchmarks.handCacheOperation",
              1.2),
          Target.ratio(
              "Timing helper, data collection vs by hand, data points cached",
              "HelperBenchmarks.helperDataCollection",
              "HelperBenchmarks.handDataCollection",
              1.2),
          Target.ratio(
              "Timing helper, database query vs by hand with `labelValues(..)`",
              "HelperBenchmarks.helperDatabaseQuery",
              "HelperBenchmarks.handDatabaseQueryLabelValues",
              1.2),
          Target.ratio(
              "Timing helper, cache lookup vs by hand with `labelValues(..)`",
              "HelperBenchmarks.helperCacheOperation",
              "HelperBenchmarks.handCacheOperationLabelValues",
              1.2),
          Target.ratio(
              "Timing helper, data collection vs by hand with `labelValues(..)`",
              "HelperBenchmarks.helperDataCollection",
              "HelperBenchmarks.handDataCollectionLabelValues",
              1.2),
          Target.nanos(
              "HTTP recordings per request on the generated category (instrumentation's calls)",
              "HttpBenchmarks.schemaHttpPerRequest",
              2000),
          Target.nanos(
              "HTTP instrumentation per request (`HttpServerInstrumentation.record`)",
              "HttpBenchmarks.instrumentedRequest",
              2000),
          Target.ratio(
              "Scrape, 1,000 series: generated vs client_java",
              "ScrapeBenchmarks.scrapeGenerated[series=1000]",
              "ScrapeBenchmarks.scrapeClientJava[series=1000]",
              1.0),
          Target.ratio(
              "Scrape, 10,000 series: generated vs client_java",
              "ScrapeBenchmarks.scrapeGenerated[series=10000]",
              "ScrapeBenchmarks.scrapeClientJava[series=10000]",
              1.0));

  private Catalog() {}

  private static void add(String key, String description, Family family) {
    ENTRIES.put(key, new Entry(description, family));
  }

  /** A benchmark missing here fails the report: its row would have no description or family. */
  static Entry entry(String key) {
    Entry entry = ENTRIES.get(key);
    if (entry == null) {
      throw new IllegalArgumentException(
          "benchmark " + key + " is not in the report's catalogue: add it to Catalog with what it"
              + " measures and whose code it runs");
    }
    return entry;
  }
}
