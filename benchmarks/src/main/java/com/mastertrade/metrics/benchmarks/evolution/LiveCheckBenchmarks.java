package com.mastertrade.metrics.benchmarks.evolution;

import com.mastertrade.metrics.evolution.live.ExpositionFormat;
import com.mastertrade.metrics.evolution.live.ExpositionParser;
import com.mastertrade.metrics.evolution.live.LiveCheck;
import com.mastertrade.metrics.evolution.live.ServiceConformance;
import io.prometheus.metrics.expositionformats.OpenMetricsTextFormatWriter;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The live conformance check of a 10,001-series exposition: parse and check it in either format,
 * parse only, and, for scale, client_java writing the same exposition (what the service itself
 * spends on one scrape).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class LiveCheckBenchmarks {
  private LiveCheck check;
  private PrometheusRegistry registry;
  private String text;
  private String openMetrics;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 21);

  @Setup
  public void setUp() throws IOException {
    check = new LiveCheck(LiveCheckFixture.snapshot());
    registry = LiveCheckFixture.registry();
    text = write(false);
    openMetrics = write(true);
    // The fixture must conform (its open labels are full: warnings only), or the benchmark
    // would time the reporting of mismatches.
    for (ServiceConformance service : new ServiceConformance[] {checkText(), checkOpenMetrics()}) {
      if (!service.mismatches().isEmpty() || service.series() != LiveCheckFixture.SERIES) {
        throw new IllegalStateException(service.series() + " series, " + service.findings());
      }
    }
  }

  @Benchmark
  public ServiceConformance checkText() {
    return check.check("bench", "bench", text, ExpositionFormat.PROMETHEUS_TEXT);
  }

  @Benchmark
  public ServiceConformance checkOpenMetrics() {
    return check.check("bench", "bench", openMetrics, ExpositionFormat.OPENMETRICS);
  }

  @Benchmark
  public int parseText() {
    return ExpositionParser.parse(text, ExpositionFormat.PROMETHEUS_TEXT).seriesCount();
  }

  /** What the service spends writing the same text format: the yardstick. */
  @Benchmark
  public int clientJavaWriteText() throws IOException {
    return write(false).length();
  }

  private String write(boolean openMetricsFormat) throws IOException {
    buffer.reset();
    if (openMetricsFormat) {
      new OpenMetricsTextFormatWriter(false, false).write(buffer, registry.scrape());
    } else {
      new PrometheusTextFormatWriter(false).write(buffer, registry.scrape());
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }
}
