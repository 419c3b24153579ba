package com.mastertrade.metrics.conventions;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArtifactKindTest {
  @ParameterizedTest
  @CsvSource({
    "generated-docs/README.md, DOCS, README.md",
    "generated-docs/runbooks/ShopDown.md, DOCS, runbooks/ShopDown.md",
    "generated-docs/queries.promql, DOCS, queries.promql",
    "generated-docs/schema-snapshot.json, DOCS, schema-snapshot.json",
    "dashboards/shop-orders.json, DASHBOARDS, shop-orders.json",
    "alerts/shop.rules.yml, RULES, shop.rules.yml",
    "alerts/slos.test.yml, RULES, slos.test.yml",
    "alerts/alertmanager.yml, RULES, alertmanager.yml",
    "alerts/alertmanager.tmpl, RULES, alertmanager.tmpl",
    "alerts/alertmanager.routes.txt, RULES, alertmanager.routes.txt",
    "alerts/prometheus.yml, SCRAPE_CONFIG, prometheus.yml",
    "deploy/kubernetes/prometheus-rules.yaml, KUBERNETES, prometheus-rules.yaml",
    "deploy/grafana/provisioning/dashboards/shop.yaml, GRAFANA_PROVISIONING, shop.yaml",
    "deploy/grafana/provisioning/datasources/shop.yaml, GRAFANA_DATASOURCES, shop.yaml"
  })
  void everyGeneratedFileHasOneKindAndAPlaceInItsFolder(
      String path, ArtifactKind kind, String inFolder) {
    assertThat(ArtifactKind.of(path)).isEqualTo(kind);
    assertThat(kind.pathInFolder(path)).isEqualTo(inFolder);
  }

  @Test
  void aFileOfNoKindIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> ArtifactKind.of("alerts/notes.txt"));
    assertThrows(IllegalArgumentException.class, () -> ArtifactKind.of("README.md"));
  }

  @Test
  void aKindOwnsOnlyTheNamesItWrites() {
    assertThat(ArtifactKind.RULES.owns("x.rules.yml")).isTrue();
    assertThat(ArtifactKind.RULES.owns("prometheus.yml")).isFalse();
    assertThat(ArtifactKind.RULES.owns(".rules.yml")).isFalse();
    assertThat(ArtifactKind.DOCS.owns("notes.txt")).isFalse();
  }

  @Test
  void kindsAreNamedByTheirParameter() {
    assertThat(ArtifactKind.named(" scrapeconfig ")).isEqualTo(ArtifactKind.SCRAPE_CONFIG);
    assertThat(ArtifactKind.SCRAPE_CONFIG.option()).isEqualTo("metrics.scrapeConfig");
    assertThrows(IllegalArgumentException.class, () -> ArtifactKind.named("alerts"));
  }
}
