package com.mastertrade.metrics.schema;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.mastertrade.metrics.evolution.live.ConformanceReport;
import com.mastertrade.metrics.evolution.live.ConformanceTextWriter;
import com.mastertrade.metrics.evolution.live.ExpositionFormat;
import com.mastertrade.metrics.evolution.live.LiveCheck;
import com.mastertrade.metrics.evolution.live.ServiceConformance;
import com.mastertrade.metrics.evolution.snapshot.SchemaSnapshot;
import com.mastertrade.metrics.evolution.snapshot.SnapshotReader;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The processor's snapshot of the real schema is valid in the snapshot format, and the generated
 * recorders expose exactly what it declares: the live check finds no mismatch in client_java's text
 * format or OpenMetrics, and covers every declared metric once each is recorded.
 */
class SchemaConformanceTest {
  private static final SchemaSnapshot SNAPSHOT = snapshot();

  @Test
  void snapshotDeclaresEveryMetric() {
    assertThat(SNAPSHOT.schema()).isEqualTo(MasterTradeMetrics.class.getCanonicalName());
    // The families of an exposition of every metric, less the label overflow counter.
    assertThat(SNAPSHOT.metrics()).hasSize(EveryMetric.FAMILIES - 1);
    assertThat(SNAPSHOT.dashboards()).hasSize(4);
  }

  @Test
  void everyMetricRecordedConformsInBothFormats() throws IOException {
    PrometheusRegistry registry = new PrometheusRegistry();
    EveryMetric.record(PrometheusMasterTradeMetrics.register(registry));
    LiveCheck check = new LiveCheck(SNAPSHOT);

    ServiceConformance text =
        check.check(
            "all", "registry", Exposition.scrape(registry), ExpositionFormat.PROMETHEUS_TEXT);
    ServiceConformance openMetrics =
        check.check(
            "all",
            "registry",
            Exposition.scrapeOpenMetrics(registry),
            ExpositionFormat.OPENMETRICS);
    ConformanceReport report = check.report(List.of(text, openMetrics));

    String printed = ConformanceTextWriter.write(report);
    assertWithMessage(printed).that(report.passed()).isTrue();
    assertWithMessage(printed).that(text.findings()).isEmpty();
    assertWithMessage(printed).that(openMetrics.findings()).isEmpty();
    assertWithMessage(printed).that(report.notExposedAnywhere()).isEmpty();
  }

  @Test
  void aFreshRegistryConformsAndListsWhatItDoesNotExposeYet() throws IOException {
    PrometheusRegistry registry = new PrometheusRegistry();
    PrometheusMasterTradeMetrics.register(registry);

    ServiceConformance fresh =
        new LiveCheck(SNAPSHOT)
            .check(
                "fresh", "registry", Exposition.scrape(registry), ExpositionFormat.PROMETHEUS_TEXT);

    assertThat(fresh.mismatches()).isEmpty();
    // Metrics with open labels or recorded on first use have no series before they are recorded.
    assertThat(fresh.notExposed()).isNotEmpty();
    assertThat(fresh.exposed().size() + fresh.notExposed().size())
        .isEqualTo(SNAPSHOT.metrics().size());
  }

  private static SchemaSnapshot snapshot() {
    String resource = "/metrics/mastertrade/generated-docs/schema-snapshot.json";
    try (InputStream in = SchemaConformanceTest.class.getResourceAsStream(resource)) {
      return SnapshotReader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
