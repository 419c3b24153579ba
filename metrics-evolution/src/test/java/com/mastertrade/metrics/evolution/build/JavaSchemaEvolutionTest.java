package com.mastertrade.metrics.evolution.build;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import com.mastertrade.metrics.evolution.cli.CompareMain;
import com.mastertrade.metrics.evolution.compare.ChangeKind;
import com.mastertrade.metrics.evolution.compare.ChangeStatus;
import com.mastertrade.metrics.evolution.compare.CompatibilityReport;
import com.mastertrade.metrics.evolution.compare.SchemaComparator;
import com.mastertrade.metrics.evolution.snapshot.SchemaSnapshot;
import com.mastertrade.metrics.evolution.snapshot.SnapshotReader;
import com.mastertrade.metrics.processor.MetricsSchemaProcessor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build's compatibility check from Java schemas: each version of a small schema compiled by the
 * processor, its snapshot read (and so validated against the format's JSON Schema), and the command
 * the build runs ({@code CompareMain}) on the baseline and current snapshots. An unacknowledged
 * breaking change fails with the change and its impact; a declared rename, a removal after a
 * deprecation and an accepted break pass.
 */
class JavaSchemaEvolutionTest {
  @TempDir Path dir;

  @Test
  void unacknowledgedBreakingChangesFailTheBuildWithTheirImpact() throws IOException {
    Path baseline = snapshot("v1");
    Path current = snapshot("v2-breaking");
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int exit = compare(baseline, current, err);

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "ERROR: 3 breaking changes against the baseline schema, not acknowledged:\n"
                + "  Bucket bounds changed: shop_orders_fill_duration_seconds"
                + " ([0.1, 1, 10] -> [0.05, 0.1, 1, 10])\n"
                + "    impact: panel Shop / Orders / Fill time p95 (baseline and current)\n"
                + "  Label value removed: shop_orders_fill_duration_seconds{side=\"sell\"}"
                + " (sell -> )\n"
                + "    impact: no dashboard, rule, SLO or query reads it\n"
                + "  Label value removed: shop_orders_placed{side=\"sell\"} (sell -> )\n"
                + "    impact: panel Shop / Orders / Orders by side (baseline and current)\n"
                + "    impact: query Sell orders (baseline only)\n"
                + "Declare a rename with its former name, deprecate for one baseline before"
                + " removing, or add an accepted-break entry with its reason.\n"
                + "Full report: "
                + dir.resolve("report.md")
                + "\n");
  }

  @Test
  void acknowledgedBreakingChangesPass() throws IOException {
    Path baseline = snapshot("v1");
    Path current = snapshot("v2-acknowledged");
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int exit = compare(baseline, current, err);

    assertThat(exit).isEqualTo(0);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    CompatibilityReport report =
        SchemaComparator.compare(SnapshotReader.read(baseline), SnapshotReader.read(current));
    assertThat(
            report.withStatus(ChangeStatus.ACCEPTED).stream()
                .map(c -> c.kind() + " " + c.element() + ": " + c.acknowledgement())
                .toList())
        .containsExactly(
            "BUCKETS_CHANGED shop_orders_fill_duration_seconds: accepted break: a 50 ms bucket"
                + " for the fill-time objective; fill quantiles restart",
            "METRIC_REMOVED shop_orders_open: deprecated since 1.0: the exchange reports open"
                + " orders, in the baseline",
            "METRIC_RENAMED shop_orders_placed: declared rename (shop_orders_submitted was"
                + " shop_orders_placed)");
    assertThat(report.changes().stream().map(c -> c.kind()).toList())
        .contains(ChangeKind.HELP_CHANGED);
  }

  @Test
  void theProcessorsSnapshotIsValidInTheFormat() throws IOException {
    SchemaSnapshot snapshot = SnapshotReader.read(snapshot("v1"));

    assertThat(snapshot.schema()).isEqualTo("com.example.shop.Shop");
    assertThat(snapshot.metric("shop_orders_open").orElseThrow().deprecation().since())
        .isEqualTo("1.0");
    assertThat(snapshot.queries().get(0).uses().get(0).labels()).containsExactly("side");
  }

  private int compare(Path baseline, Path current, ByteArrayOutputStream err) {
    return CompareMain.run(
        new String[] {
          "--baseline", baseline.toString(),
          "--current", current.toString(),
          "--markdown", dir.resolve("report.md").toString()
        },
        new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  /** Compiles {@code java-schemas/<version>/Shop.java} and saves its snapshot. */
  private Path snapshot(String version) throws IOException {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new MetricsSchemaProcessor())
            .compile(JavaFileObjects.forResource("java-schemas/" + version + "/Shop.java"));
    assertThat(compilation).succeeded();
    String json =
        compilation
            .generatedFile(
                StandardLocation.CLASS_OUTPUT, "metrics/shop/generated-docs/schema-snapshot.json")
            .orElseThrow()
            .getCharContent(true)
            .toString();
    Path file = dir.resolve(version + ".json");
    Files.writeString(file, json, StandardCharsets.UTF_8);
    return file;
  }
}
