package com.mastertrade.metrics.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javax.tools.StandardLocation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The docs, runbooks, PromQL, dashboards, rules, SLO and Watchdog rules, rule tests, Alertmanager routing and
 * scrape config written for the small schema, byte for byte. The same files pass promtool and
 * Grafana's types in the metrics-schema build.
 */
class GoldenArtifactsTest {
  private static final Compilation COMPILATION =
      Schemas.compile(Schemas.resource("schemas/valid/ShopMetrics.java"));

  @ParameterizedTest
  @ValueSource(
      strings = {
        "generated-docs/README.md",
        "generated-docs/orders.md",
        "generated-docs/build.md",
        "generated-docs/queries.md",
        "generated-docs/queries.promql",
        "generated-docs/schema-snapshot.json",
        "generated-docs/runbooks/README.md",
        "generated-docs/runbooks/ShopDown.md",
        "generated-docs/runbooks/NoOrders.md",
        "generated-docs/runbooks/FillsFastBurn.md",
        "generated-docs/runbooks/FillsSlowBurn.md",
        "generated-docs/runbooks/FillLatencyFastBurn.md",
        "generated-docs/runbooks/FillLatencySlowBurn.md",
        "generated-docs/runbooks/FillsSliAbsent.md",
        "generated-docs/runbooks/FillFailures.md",
        "generated-docs/runbooks/ShopAllDown.md",
        "generated-docs/runbooks/FillLatencySliAbsent.md",
        "generated-docs/runbooks/Watchdog.md",
        "dashboards/shop-orders.json",
        "dashboards/shop-slos.json",
        "alerts/shop.rules.yml",
        "alerts/shop.test.yml",
        "alerts/slos.rules.yml",
        "alerts/slos.test.yml",
        "alerts/slos.scenarios.test.yml",
        "alerts/slos.long-scenarios.test.yml",
        "alerts/watchdog.rules.yml",
        "alerts/watchdog.test.yml",
        "alerts/alertmanager.yml",
        "alerts/alertmanager.tmpl",
        "alerts/alertmanager.routes.txt",
        "alerts/prometheus.yml",
        "deploy/kubernetes/prometheus-rules.yaml",
        "deploy/kubernetes/service-monitors.yaml",
        "deploy/kubernetes/grafana-dashboards.yaml",
        "deploy/kubernetes/alertmanager-secret.yaml",
        "deploy/kubernetes/prometheus.yaml",
        "deploy/kubernetes/grafana-datasources.yaml",
        "deploy/grafana/provisioning/dashboards/shop.yaml",
        "deploy/grafana/provisioning/datasources/shop.yaml",
        "artifacts.txt"
      })
  void writesGoldenArtifact(String path) throws IOException {
    if (Boolean.getBoolean("golden.update")) {
      // -Dgolden.update=true rewrites the golden copies from this build; review the diff.
      java.nio.file.Path golden = java.nio.file.Path.of("src/test/resources/golden/artifacts", path);
      try (InputStream in =
          COMPILATION
              .generatedFile(StandardLocation.CLASS_OUTPUT, "metrics/shop/" + path)
              .orElseThrow()
              .openInputStream()) {
        java.nio.file.Files.write(golden, in.readAllBytes());
      }
    }
    assertThat(COMPILATION)
        .generatedFile(StandardLocation.CLASS_OUTPUT, "metrics/shop/" + path)
        .contentsAsUtf8String()
        .isEqualTo(golden(path));
  }

  private static String golden(String path) throws IOException {
    try (InputStream in =
        GoldenArtifactsTest.class.getResourceAsStream("/golden/artifacts/" + path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
