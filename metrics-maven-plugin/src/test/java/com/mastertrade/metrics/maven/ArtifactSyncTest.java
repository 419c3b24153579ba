package com.mastertrade.metrics.maven;

import static com.google.common.truth.Truth.assertThat;

import com.mastertrade.metrics.conventions.ArtifactKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Staleness and sync between a processor output folder and a project's folders. */
class ArtifactSyncTest {
  @TempDir Path temp;
  private Path generated;
  private Path project;

  @BeforeEach
  void processorOutput() throws IOException {
    generated = temp.resolve("classes/metrics");
    project = temp.resolve("project");
    write(generated.resolve("shop/generated-docs/orders.md"), "# Orders\n");
    write(generated.resolve("shop/generated-docs/schema-snapshot.json"), "{}\n");
    write(generated.resolve("shop/dashboards/shop-orders.json"), "{}\n");
    write(generated.resolve("shop/alerts/shop.rules.yml"), "groups: []\n");
    write(generated.resolve("shop/alerts/prometheus.yml"), "global: {}\n");
    // Left by an earlier compilation: not in the manifest, so not current.
    write(generated.resolve("shop/dashboards/removed.json"), "{}\n");
    write(
        generated.resolve("shop/artifacts.txt"),
        "scrapeConfig\talerts/prometheus.yml\nrules\talerts/shop.rules.yml\n"
            + "dashboards\tdashboards/shop-orders.json\ndocs\tgenerated-docs/orders.md\n"
            + "docs\tgenerated-docs/schema-snapshot.json\n");
  }

  @Test
  void syncWritesTheManifestsFilesAndCheckThenFindsNothingStale() throws IOException {
    ArtifactSync sync = sync(Map.of(), List.of());

    assertThat(sync.sync()).hasSize(5);
    assertThat(files(project))
        .containsExactly(
            "alerts/prometheus.yml",
            "alerts/shop.rules.yml",
            "dashboards/shop-orders.json",
            "generated-docs/orders.md",
            "generated-docs/schema-snapshot.json");
    assertThat(sync.stale()).isEmpty();
    assertThat(sync.sync()).isEmpty();
  }

  @Test
  void namesEveryStaleFileWithWhy() throws IOException {
    ArtifactSync sync = sync(Map.of(), List.of());
    sync.sync();
    write(project.resolve("dashboards/shop-orders.json"), "{\"edited\": true}\n");
    Files.delete(project.resolve("alerts/prometheus.yml"));
    write(project.resolve("alerts/old.rules.yml"), "groups: []\n");
    write(project.resolve("generated-docs/benchmarks/README.md"), "# Not generated\n");
    write(project.resolve("dashboards/notes.txt"), "a file of no generated name\n");

    assertThat(sync.stale())
        .containsExactly(
            "dashboards/shop-orders.json (differs)",
            "alerts/prometheus.yml (missing)",
            "alerts/old.rules.yml (no longer generated)",
            "generated-docs/benchmarks/README.md (no longer generated)");
    assertThat(sync(Map.of(), List.of("generated-docs/benchmarks/**")).stale()).hasSize(3);
  }

  @Test
  void syncRemovesWhatIsNoLongerGeneratedButLeavesExcludedAndForeignFiles() throws IOException {
    write(project.resolve("dashboards/old.json"), "{}\n");
    write(project.resolve("dashboards/notes.txt"), "kept\n");
    write(project.resolve("generated-docs/benchmarks/README.md"), "kept\n");

    sync(Map.of(), List.of("generated-docs/benchmarks/**")).sync();

    assertThat(files(project))
        .containsExactly(
            "alerts/prometheus.yml",
            "alerts/shop.rules.yml",
            "dashboards/notes.txt",
            "dashboards/shop-orders.json",
            "generated-docs/benchmarks/README.md",
            "generated-docs/orders.md",
            "generated-docs/schema-snapshot.json");
  }

  @Test
  void aKindGoesToTheFolderConfiguredForIt() throws IOException {
    Path grafana = temp.resolve("elsewhere/grafana");

    sync(Map.of(ArtifactKind.DASHBOARDS, grafana), List.of()).sync();

    assertThat(files(grafana)).containsExactly("shop-orders.json");
    assertThat(Files.exists(project.resolve("dashboards"))).isFalse();
  }

  @Test
  void onlyTheKeptKindsAreSyncedOrChecked() throws IOException {
    ArtifactFolders folders =
        new ArtifactFolders(project, Map.of(), EnumSet.of(ArtifactKind.RULES), List.of());
    ArtifactSync sync = new ArtifactSync(GeneratedArtifacts.read(generated, null), folders);

    sync.sync();

    assertThat(files(project)).containsExactly("alerts/shop.rules.yml");
    assertThat(sync.stale()).isEmpty();
  }

  @Test
  void aMissingManifestSaysThatTheProcessorDidNotRun() {
    IOException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IOException.class, () -> GeneratedArtifacts.read(temp.resolve("nothing"), "shop"));
    assertThat(e).hasMessageThat().contains("did the metrics processor run on the schema?");
  }

  private ArtifactSync sync(Map<ArtifactKind, Path> overrides, List<String> excludes)
      throws IOException {
    ArtifactFolders folders =
        new ArtifactFolders(project, overrides, EnumSet.allOf(ArtifactKind.class), excludes);
    return new ArtifactSync(GeneratedArtifacts.read(generated, null), folders);
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static List<String> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .map(file -> root.relativize(file).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }
}
