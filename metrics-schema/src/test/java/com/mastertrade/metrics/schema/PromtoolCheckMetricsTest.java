package com.mastertrade.metrics.schema;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The exposition of every metric passes {@code promtool check metrics}, Prometheus' own linter
 * (Debian package {@code prometheus}). The tool must be installed: a missing tool fails the test.
 */
class PromtoolCheckMetricsTest {
  @Test
  void everyMetricPassesPromtool() throws Exception {
    PrometheusRegistry registry = new PrometheusRegistry();
    EveryMetric.record(PrometheusMasterTradeMetrics.register(registry));
    String exposition = Exposition.scrape(registry);
    assertThat(exposition.lines().filter(line -> line.startsWith("# TYPE ")).count())
        .isEqualTo(EveryMetric.FAMILIES);

    PromtoolResult result = checkMetrics(exposition);

    assertWithMessage(result.output).that(result.exitCode).isEqualTo(0);
    assertWithMessage("promtool complained").that(result.output).isEmpty();
  }

  @Test
  void promtoolDoesComplainAboutABadExposition() throws Exception {
    // Guards the check above: a counter without _total must be reported.
    String bad = "# HELP orders Orders\n# TYPE orders counter\norders 1\n";
    assertThat(checkMetrics(bad).output).contains("_total");
  }

  private record PromtoolResult(int exitCode, String output) {}

  private static PromtoolResult checkMetrics(String exposition)
      throws IOException, InterruptedException {
    Path output = Files.createTempFile("promtool", ".out");
    try {
      Process process =
          new ProcessBuilder(promtool(), "check", "metrics")
              .redirectErrorStream(true)
              .redirectOutput(output.toFile())
              .start();
      process.getOutputStream().write(exposition.getBytes(StandardCharsets.UTF_8));
      process.getOutputStream().close();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("promtool check metrics did not finish in 60 s");
      }
      return new PromtoolResult(process.exitValue(), Files.readString(output).strip());
    } finally {
      Files.deleteIfExists(output);
    }
  }

  private static String promtool() {
    String path = System.getenv().getOrDefault("PROMTOOL", "/usr/bin/promtool");
    if (!Files.isExecutable(Path.of(path))) {
      throw new AssertionError(
          path + " not found: install the Debian package prometheus (see README), or set PROMTOOL");
    }
    return path;
  }
}
