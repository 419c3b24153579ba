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
 * The docs, PromQL, dashboard, rules, rule tests and scrape config written for the small schema,
 * byte for byte. The same files pass promtool and Grafana's types in the metrics-schema build.
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
        "dashboards/shop-orders.json",
        "alerts/shop.rules.yml",
        "alerts/shop.test.yml",
        "alerts/prometheus.yml",
        "deploy/kubernetes/prometheus-rules.yaml",
        "deploy/kubernetes/service-monitors.yaml",
        "deploy/kubernetes/grafana-dashboards.yaml",
        "deploy/grafana/provisioning/dashboards/shop.yaml",
        "artifacts.txt"
      })
  void writesGoldenArtifact(String path) throws IOException {
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
