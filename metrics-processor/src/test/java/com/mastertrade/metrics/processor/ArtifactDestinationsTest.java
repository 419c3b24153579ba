package com.mastertrade.metrics.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.mastertrade.metrics.processor.codegen.GeneratedSchemaWriter;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The destination options: each kind of artifact in the class output, a folder, or nowhere. */
class ArtifactDestinationsTest {
  private static final String ROOT = "metrics/shop/";

  @TempDir Path folder;

  @Test
  void writesEachKindWhereItsOptionSendsIt() throws IOException {
    Compilation compilation =
        compile(
            "-Ametrics.dashboards=" + folder.resolve("dashboards"),
            "-Ametrics.docs=" + folder.resolve("{namespace}/docs"),
            "-Ametrics.rules=off",
            "-Ametrics.kubernetes=off",
            "-Ametrics.grafanaProvisioning=off",
            "-Ametrics.grafanaDatasources=off");

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(read(folder.resolve("dashboards/shop-orders.json")))
        .isEqualTo(golden("dashboards/shop-orders.json"));
    assertThat(read(folder.resolve("shop/docs/README.md")))
        .isEqualTo(golden("generated-docs/README.md"));
    assertThat(read(folder.resolve("shop/docs/queries.promql")))
        .isEqualTo(golden("generated-docs/queries.promql"));
    assertThat(files(folder))
        .containsExactly(
            "dashboards/shop-orders.json",
            "dashboards/shop-slos.json",
            "shop/docs/README.md",
            "shop/docs/build.md",
            "shop/docs/orders.md",
            "shop/docs/queries.md",
            "shop/docs/queries.promql",
            "shop/docs/schema-snapshot.json",
            "shop/docs/runbooks/FillFailures.md",
            "shop/docs/runbooks/FillLatencyFastBurn.md",
            "shop/docs/runbooks/FillLatencySliAbsent.md",
            "shop/docs/runbooks/FillLatencySlowBurn.md",
            "shop/docs/runbooks/FillsFastBurn.md",
            "shop/docs/runbooks/FillsSliAbsent.md",
            "shop/docs/runbooks/FillsSlowBurn.md",
            "shop/docs/runbooks/NoOrders.md",
            "shop/docs/runbooks/README.md",
            "shop/docs/runbooks/ShopAllDown.md",
            "shop/docs/runbooks/ShopDown.md",
            "shop/docs/runbooks/Watchdog.md");
    // Only the scrape config stays in the class output, and the manifest lists only it.
    assertThat(compilation)
        .generatedFile(StandardLocation.CLASS_OUTPUT, ROOT + "alerts/prometheus.yml")
        .contentsAsUtf8String()
        .isEqualTo(golden("alerts/prometheus.yml"));
    assertThat(compilation)
        .generatedFile(StandardLocation.CLASS_OUTPUT, ROOT + "artifacts.txt")
        .contentsAsUtf8String()
        .isEqualTo("scrapeConfig\talerts/prometheus.yml\n");
    assertThat(resourcesIn(compilation))
        .containsExactly(ROOT + "alerts/prometheus.yml", ROOT + "artifacts.txt");
  }

  @Test
  void aDefaultForAllKindsGivesWayToTheOptionOfAKind() {
    Compilation compilation = compile("-Ametrics.artifacts=off", "-Ametrics.rules=class-output");

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(resourcesIn(compilation))
        .containsExactly(
            ROOT + "alerts/alertmanager.routes.txt",
            ROOT + "alerts/alertmanager.tmpl",
            ROOT + "alerts/alertmanager.yml",
            ROOT + "alerts/shop.rules.yml",
            ROOT + "alerts/shop.test.yml",
            ROOT + "alerts/slos.long-scenarios.test.yml",
            ROOT + "alerts/slos.rules.yml",
            ROOT + "alerts/slos.scenarios.test.yml",
            ROOT + "alerts/slos.test.yml",
            ROOT + "alerts/watchdog.rules.yml",
            ROOT + "alerts/watchdog.test.yml",
            ROOT + "artifacts.txt");
    // The recorders do not depend on the options.
    assertThat(compilation).generatedSourceFile("com.example.shop.PrometheusShopMetrics");
  }

  @Test
  void aFolderForAllKindsHoldsEachKindInItsOwnFolderAsTheClassOutputDoes() throws IOException {
    Compilation compilation = compile("-Ametrics.artifacts=" + folder + "/out/./{namespace}/");

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(read(folder.resolve("out/shop/dashboards/shop-orders.json")))
        .isEqualTo(golden("dashboards/shop-orders.json"));
    assertThat(read(folder.resolve("out/shop/alerts/prometheus.yml")))
        .isEqualTo(golden("alerts/prometheus.yml"));
    assertThat(read(folder.resolve("out/shop/alerts/shop.rules.yml")))
        .isEqualTo(golden("alerts/shop.rules.yml"));
    assertThat(read(folder.resolve("out/shop/generated-docs/README.md")))
        .isEqualTo(golden("generated-docs/README.md"));
    assertThat(resourcesIn(compilation)).containsExactly(ROOT + "artifacts.txt");
  }

  @Test
  void leavesAnUnchangedFileInAFolderUntouched() throws IOException {
    compile("-Ametrics.dashboards=" + folder);
    Path dashboard = folder.resolve("shop-orders.json");
    FileTime past = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(dashboard, past);
    Path changed = folder.resolve("shop-orders.json");

    compile("-Ametrics.dashboards=" + folder);
    assertThat(Files.getLastModifiedTime(dashboard)).isEqualTo(past);

    Files.writeString(changed, "{}");
    compile("-Ametrics.dashboards=" + folder);
    assertThat(read(changed)).isEqualTo(golden("dashboards/shop-orders.json"));
  }

  @Test
  void verboseSaysWhereEachKindWent() {
    Compilation compilation =
        compile("-Ametrics.verbose=true", "-Ametrics.rules=off", "-Ametrics.docs=" + folder);

    assertThat(compilation).succeeded();
    List<String> notes =
        compilation.diagnostics().stream()
            .filter(d -> d.getKind() == Diagnostic.Kind.NOTE)
            .map(d -> d.getMessage(Locale.ROOT))
            .toList();
    assertThat(notes)
        .containsExactly(
            "metrics schema shop: docs (18 files) in "
                + folder
                + "; dashboards (2 files) in the class output under metrics/shop; rules (11 files)"
                + " not written; scrape config (1 file) in the class output under metrics/shop;"
                + " kubernetes (6 files) in the class output under metrics/shop; grafana"
                + " provisioning (1 file) in the class output under metrics/shop; grafana"
                + " datasources (1 file) in the class output under metrics/shop");
  }

  @Test
  void aFlagWithoutValueIsTrue() {
    Compilation compilation = compile("-Ametrics.verbose", "-Ametrics.artifacts=off");

    assertThat(compilation).succeeded();
    assertThat(
            compilation.diagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.NOTE)
                .map(d -> d.getMessage(Locale.ROOT))
                .toList())
        .containsExactly(
            "metrics schema shop: docs (18 files) not written; dashboards (2 files) not written;"
                + " rules (11 files) not written; scrape config (1 file) not written; kubernetes"
                + " (6 files) not written; grafana provisioning (1 file) not written; grafana"
                + " datasources (1 file) not written");
  }

  static Compilation compile(String... options) {
    return Compiler.javac()
        .withProcessors(new MetricsSchemaProcessor())
        .withOptions((Object[]) options)
        .compile(Schemas.resource("schemas/valid/ShopMetrics.java"));
  }

  private static List<String> resourcesIn(Compilation compilation) {
    return compilation.generatedFiles().stream()
        .filter(file -> file.getKind() == JavaFileObject.Kind.OTHER)
        .map(file -> file.toUri().getPath())
        // The service file listing the generated schema lives in the class output, always.
        .filter(path -> !path.endsWith(GeneratedSchemaWriter.serviceFile()))
        .map(path -> path.substring(path.indexOf(ROOT)))
        .sorted()
        .toList();
  }

  private static List<String> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .map(path -> root.relativize(path).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private static String golden(String path) throws IOException {
    try (InputStream in =
        ArtifactDestinationsTest.class.getResourceAsStream("/golden/artifacts/" + path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
