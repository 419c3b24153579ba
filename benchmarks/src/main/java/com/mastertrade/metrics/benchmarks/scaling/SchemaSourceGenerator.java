package com.mastertrade.metrics.benchmarks.scaling;

/**
 * Writes a synthetic schema of {@code n} metrics: categories of {@value #PER_CATEGORY} metrics
 * each, cycling through every metric shape the processor knows (enum, boolean and bounded open
 * labels, no labels, each metric type, bucket presets, quantiles). Names are explicit so the schema
 * does not depend on how method names are turned into metric names.
 */
public final class SchemaSourceGenerator {
  static final String PACKAGE = "bench.scaling";
  static final int PER_CATEGORY = 50;

  private SchemaSourceGenerator() {}

  /** The simple name of the schema interface of {@code n} metrics. */
  public static String schemaName(int n) {
    return "Scale" + n + "Metrics";
  }

  /** The source of the schema of {@code n} metrics, in {@link #PACKAGE}. */
  public static String source(int n) {
    StringBuilder out = new StringBuilder();
    out.append("package ")
        .append(PACKAGE)
        .append(";\n\n")
        .append("import com.mastertrade.metrics.annotations.*;\n")
        .append("import com.mastertrade.metrics.runtime.*;\n\n")
        .append("@MetricsSchema(namespace = \"bench\", maxSeries = 100_000_000L,")
        .append(" maxSeriesPerMetric = 5_000)\n")
        .append("public interface ")
        .append(schemaName(n))
        .append(" {\n")
        .append("  enum Side { BUY, SELL }\n\n")
        .append("  enum Venue { BINANCE, COINBASE, KRAKEN, BITSTAMP }\n\n");
    for (int category = 0; category * PER_CATEGORY < n; category++) {
      int count = Math.min(PER_CATEGORY, n - category * PER_CATEGORY);
      appendCategory(out, category, count);
    }
    return out.append("}\n").toString();
  }

  private static void appendCategory(StringBuilder out, int category, int count) {
    out.append("  @Category(title = \"Category ")
        .append(category)
        .append("\", description = \"Synthetic category ")
        .append(category)
        .append(".\")\n")
        .append("  interface C")
        .append(category)
        .append(" {\n");
    for (int i = 0; i < count; i++) {
      appendMetric(out, "c" + category + "_m" + i, i);
    }
    out.append("  }\n\n");
  }

  private static void appendMetric(StringBuilder out, String name, int i) {
    String method = name.replace("_", "");
    switch (i % 7) {
      case 0:
        metric(out, name + "_orders", "");
        out.append("    CounterRecorder ").append(method).append("(Side side, Venue venue);\n");
        break;
      case 1:
        metric(out, name + "_events", "");
        out.append("    CounterRecorder ").append(method).append("();\n");
        break;
      case 2:
        metric(out, name + "_symbol_trades", "");
        out.append("    CounterRecorder ")
            .append(method)
            .append("(@MaxValues(20) String symbol, boolean success);\n");
        break;
      case 3:
        metric(out, name + "_depth", "");
        out.append("    GaugeRecorder ").append(method).append("(Venue venue);\n");
        break;
      case 4:
        metric(out, name + "_latency_seconds", "seconds");
        out.append("    @Buckets(preset = BucketPreset.DATABASE_QUERY)\n")
            .append("    HistogramRecorder ")
            .append(method)
            .append("(Venue venue);\n");
        break;
      case 5:
        metric(out, name + "_size_bytes", "bytes");
        out.append("    @Buckets({100, 1000, 10000, 100000})\n")
            .append("    HistogramRecorder ")
            .append(method)
            .append("(Side side);\n");
        break;
      default:
        metric(out, name + "_fill_seconds", "seconds");
        out.append("    @Quantiles({0.5, 0.9, 0.99})\n")
            .append("    SummaryRecorder ")
            .append(method)
            .append("(Side side);\n");
        break;
    }
  }

  private static void metric(StringBuilder out, String name, String unit) {
    out.append("    @Metric(help = \"Synthetic metric ")
        .append(name)
        .append(".\", name = \"")
        .append(name)
        .append('"');
    if (!unit.isEmpty()) {
      out.append(", unit = \"").append(unit).append('"');
    }
    out.append(")\n");
  }
}
