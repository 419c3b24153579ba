package com.mastertrade.metrics.conventions;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.mastertrade.metrics.conventions.ArtifactManifest.Entry;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArtifactManifestTest {
  @Test
  void listsEachFileWithItsKindSortedByPath() {
    String text =
        ArtifactManifest.format(
            List.of(
                new Entry(ArtifactKind.SCRAPE_CONFIG, "alerts/prometheus.yml"),
                new Entry(ArtifactKind.RULES, "alerts/a b.rules.yml")));

    assertThat(text)
        .isEqualTo("rules\talerts/a b.rules.yml\nscrapeConfig\talerts/prometheus.yml\n");
    assertThat(ArtifactManifest.parse(text.lines().toList()))
        .containsExactly(
            new Entry(ArtifactKind.RULES, "alerts/a b.rules.yml"),
            new Entry(ArtifactKind.SCRAPE_CONFIG, "alerts/prometheus.yml"))
        .inOrder();
  }

  @Test
  void aLineWithoutItsKindIsRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ArtifactManifest.parse(List.of("alerts/prometheus.yml")));
    assertThat(e).hasMessageThat().contains("'alerts/prometheus.yml' is not kind<TAB>path");
  }
}
