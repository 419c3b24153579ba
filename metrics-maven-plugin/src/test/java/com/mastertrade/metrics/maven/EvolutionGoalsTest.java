package com.mastertrade.metrics.maven;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compare and live-check goals over the schema evolution library. */
class EvolutionGoalsTest {
  @TempDir Path temp;

  @Test
  void compareFailsOnAnUnacknowledgedBreakAndWritesBothReports() throws Exception {
    CompareMojo compare = new CompareMojo();
    compare.baseline = resource("compare/baseline.json");
    compare.current = resource("compare/current.json");
    compare.markdownReport = temp.resolve("report.md").toFile();
    compare.jsonReport = temp.resolve("report.json").toFile();

    MojoFailureException e = assertThrows(MojoFailureException.class, compare::execute);

    assertThat(e)
        .hasMessageThat()
        .startsWith(
            "1 breaking change against the baseline schema, not acknowledged:\n"
                + "  Metric removed: shop_queues_depth (gauge -> )\n");
    assertThat(Files.readString(compare.markdownReport.toPath())).contains("shop_queues_depth");
    assertThat(Files.readString(compare.jsonReport.toPath())).contains("shop_queues_depth");
  }

  @Test
  void comparePassesForTheSameSchema() throws Exception {
    CompareMojo compare = new CompareMojo();
    compare.baseline = resource("compare/baseline.json");
    compare.current = resource("compare/baseline.json");
    compare.markdownReport = temp.resolve("report.md").toFile();
    compare.jsonReport = temp.resolve("report.json").toFile();

    compare.execute();

    assertThat(Files.exists(compare.markdownReport.toPath())).isTrue();
  }

  @Test
  void liveCheckPassesOnAConformingExpositionAndFailsOnAMismatch() throws Exception {
    LiveCheckMojo check = liveCheck(resource("live/shop.om.txt").toString());
    check.execute();
    assertThat(Files.readString(check.jsonReport.toPath())).contains("\"passed\": true");

    String wrong =
        Files.readString(resource("live/shop.om.txt").toPath(), StandardCharsets.UTF_8)
            .replace("le=\"10.0\"", "le=\"5.0\"");
    Path exposition = Files.writeString(temp.resolve("wrong.txt"), wrong);
    MojoFailureException e =
        assertThrows(MojoFailureException.class, liveCheck(exposition.toString())::execute);
    assertThat(e).hasMessageThat().contains("MISMATCH histogram buckets differ");
  }

  private LiveCheckMojo liveCheck(String source) throws IOException, URISyntaxException {
    LiveCheckMojo check = new LiveCheckMojo();
    check.snapshot = resource("live/shop-snapshot.json");
    check.targets = Map.of("shop", source);
    check.format = "openmetrics";
    check.timeoutSeconds = 5;
    check.jsonReport = temp.resolve("live.json").toFile();
    return check;
  }

  private static File resource(String path) throws URISyntaxException {
    return new File(EvolutionGoalsTest.class.getResource("/" + path).toURI());
  }
}
