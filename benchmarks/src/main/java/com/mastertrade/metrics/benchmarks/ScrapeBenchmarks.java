package com.mastertrade.metrics.benchmarks;

import com.mastertrade.metrics.benchmarks.schema.BenchMetrics;
import com.mastertrade.metrics.benchmarks.schema.PrometheusBenchMetricsScrape;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One scrape of a registry holding {@code series} counter series: snapshot the registry and write
 * the Prometheus text format, as {@code /metrics} does. The buffer is reused, so the figure is the
 * cost of collecting and formatting, not of growing a byte array.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class ScrapeBenchmarks {
  @Param({"1000", "10000"})
  public int series;

  private final PrometheusTextFormatWriter writer = PrometheusTextFormatWriter.create();
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 20);
  private PrometheusRegistry clientJava;
  private PrometheusRegistry generated;

  @Setup
  public void setUp() {
    clientJava = new PrometheusRegistry();
    Counter counter =
        Counter.builder()
            .name("orders_total")
            .help("Orders by instrument")
            .labelNames("instrument")
            .register(clientJava);
    for (int i = 0; i < series; i++) {
      counter.labelValues(instrument(i)).inc(i);
    }
    // The same series through a generated recorder with a bounded open label. The registry also
    // holds the schema's label overflow counter (one series at 0): the generated scrape does that
    // small extra work.
    generated = new PrometheusRegistry();
    BenchMetrics.Scrape scrape = PrometheusBenchMetricsScrape.register(generated);
    for (int i = 0; i < series; i++) {
      scrape.instrumentOrders(instrument(i)).inc(i);
    }
  }

  /** The label value of series {@code i}: the same values for every registry scraped. */
  static String instrument(int i) {
    return "instrument_" + i;
  }

  @Benchmark
  public int scrapeClientJava() throws IOException {
    return scrape(clientJava);
  }

  @Benchmark
  public int scrapeGenerated() throws IOException {
    return scrape(generated);
  }

  private int scrape(PrometheusRegistry registry) throws IOException {
    buffer.reset();
    writer.write(buffer, registry.scrape());
    return buffer.size();
  }
}
