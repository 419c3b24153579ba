package com.mastertrade.metrics.schema;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import org.junit.jupiter.api.Test;

/** The exposition of every metric passes {@code promtool check metrics}, Prometheus' own linter. */
class PromtoolCheckMetricsTest {
  @Test
  void everyMetricPassesPromtool() throws Exception {
    PrometheusRegistry registry = new PrometheusRegistry();
    EveryMetric.record(PrometheusMasterTradeMetrics.register(registry));
    String exposition = Exposition.scrape(registry);
    assertThat(exposition.lines().filter(line -> line.startsWith("# TYPE ")).count())
        .isEqualTo(EveryMetric.FAMILIES);

    Promtool.Result result = Promtool.checkMetrics(exposition);

    assertWithMessage(result.output()).that(result.exitCode()).isEqualTo(0);
    assertWithMessage("promtool complained").that(result.output()).isEmpty();
  }

  @Test
  void promtoolDoesComplainAboutABadExposition() throws Exception {
    // Guards the check above: a counter without _total must be reported.
    String bad = "# HELP orders Orders\n# TYPE orders counter\norders 1\n";
    assertThat(Promtool.checkMetrics(bad).output()).contains("_total");
  }
}
