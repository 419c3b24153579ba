package com.mastertrade.metrics.benchmarks;

import static com.google.common.truth.Truth.assertThat;

import com.mastertrade.metrics.benchmarks.schema.BenchMetrics.Method;
import com.mastertrade.metrics.benchmarks.schema.BenchMetrics.Route;
import com.mastertrade.metrics.benchmarks.schema.PrometheusBenchMetrics;
import com.mastertrade.metrics.runtime.SummaryRecorder;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A generated summary exposes its declared quantiles, count and sum: the benchmark schema keeps
 * one, where the MasterTrade schema records its distributions in histograms.
 */
class GeneratedSummaryTest {
  @Test
  void summariesExposeTheirQuantiles() throws Exception {
    PrometheusRegistry registry = new PrometheusRegistry();
    SummaryRecorder fill =
        PrometheusBenchMetrics.register(registry).recording().fill(Method.GET, Route.ORDERS);
    for (int i = 1; i <= 100; i++) {
      fill.observe(i);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrometheusTextFormatWriter.create().write(out, registry.scrape());
    String exposition = out.toString(StandardCharsets.UTF_8);

    String series = "{method=\"get\",route=\"/orders\"";
    assertThat(value(exposition, "bench_fill_seconds" + series + ",quantile=\"0.5\"}"))
        .isWithin(2)
        .of(50);
    assertThat(value(exposition, "bench_fill_seconds" + series + ",quantile=\"0.99\"}"))
        .isWithin(2)
        .of(99);
    assertThat(value(exposition, "bench_fill_seconds_count" + series + "}")).isEqualTo(100);
    assertThat(value(exposition, "bench_fill_seconds_sum" + series + "}")).isEqualTo(5050);
  }

  private static double value(String exposition, String series) {
    return exposition
        .lines()
        .filter(line -> line.startsWith(series + " "))
        .mapToDouble(line -> Double.parseDouble(line.substring(series.length() + 1)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + series + " in\n" + exposition));
  }
}
