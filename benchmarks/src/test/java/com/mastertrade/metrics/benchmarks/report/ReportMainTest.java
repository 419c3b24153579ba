package com.mastertrade.metrics.benchmarks.report;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report rendered from the committed results of the last full run, and from a bad one. */
class ReportMainTest {
  private static final Path COMMITTED = Path.of("../generated-docs/benchmarks/data");

  @Test
  void rendersTheCommittedRunWithOneChartRowPerRecordingBenchmark(@TempDir Path report)
      throws IOException {
    ReportMain.main(new String[] {COMMITTED.toString(), report.toString(), "none.md"});

    long perRecording =
        Files.readAllLines(COMMITTED.resolve("jmh.tsv")).stream()
            .filter(line -> !line.isBlank() && line.split("\t")[3].equals("ns/op"))
            .count();
    BufferedImage chart = ImageIO.read(report.resolve("chart.png").toFile());
    assertThat(chart.getWidth()).isEqualTo(1060);
    assertThat(chart.getHeight()).isEqualTo(140 + (int) perRecording * 22);
    String markdown = Files.readString(report.resolve("README.md"));
    assertThat(markdown).contains("![ns/op per recording](chart.png)");
    assertThat(markdown).contains("generatedEnumLabels");
  }

  @Test
  void aBenchmarkMissingFromTheCatalogueFailsTheReport(@TempDir Path dir) throws IOException {
    Path results = Files.createDirectories(dir.resolve("results"));
    List<String> lines = Files.readAllLines(COMMITTED.resolve("jmh.tsv"));
    String renamed = lines.get(0).replaceFirst("^[^\t]+", "CounterBenchmarks.somethingNew");
    Files.write(results.resolve("jmh.tsv"), List.of(lines.get(0), renamed));

    IllegalArgumentException thrown =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ReportMain.main(
                    new String[] {results.toString(), dir.resolve("out").toString(), "none.md"}));
    assertThat(thrown).hasMessageThat().contains("CounterBenchmarks.somethingNew");
  }
}
