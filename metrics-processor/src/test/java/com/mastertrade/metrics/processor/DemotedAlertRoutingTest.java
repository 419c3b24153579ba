package com.mastertrade.metrics.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An alert an SLO demotes: as Prometheus sends it (its rule's own severity, critical), for the
 * SLO's job it reaches whoever takes that job's tickets and no pager; for another job it pages as
 * before. Checked by both supported amtools on the generated configuration, with the labels and
 * receivers written here, not taken from the generated route cases.
 */
class DemotedAlertRoutingTest {
  /** Debian's amtool 0.25 and the one scripts/fetch-prometheus-lts.sh unpacks. */
  private static final List<Path> AMTOOLS =
      List.of(Path.of("/usr/bin/amtool"), Path.of("../tools/alertmanager-0.33/bin/amtool"));

  @TempDir Path dir;

  @Test
  void aDemotedAlertOfTheSlosJobIsATicketForThePeopleWhoTakeTickets() throws Exception {
    String shop;
    try (var in = getClass().getResourceAsStream("/schemas/valid/ShopMetrics.java")) {
      shop = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(shop).contains("inhibits = \"FillFailures\"");
    Compilation compilation =
        Schemas.compile(
            JavaFileObjects.forSourceString(
                "com.example.shop.ShopMetrics",
                shop.replace("inhibits = \"FillFailures\"", "demotes = \"FillFailures\"")));
    assertThat(compilation).succeededWithoutWarnings();
    Files.writeString(
        dir.resolve("alertmanager.yml"),
        compilation
            .generatedFile(StandardLocation.CLASS_OUTPUT, "metrics/shop/alerts/alertmanager.yml")
            .orElseThrow()
            .getCharContent(true));

    List<String> checked = new ArrayList<>();
    for (Path amtool : AMTOOLS) {
      if (!Files.isExecutable(amtool)) {
        continue;
      }
      String tool = amtool.toAbsolutePath().normalize().toString();
      // The SLO "fills" is the shop job's. Tickets go to the alert system, the chat (warnings and
      // tickets) and the desk (the shop job's tickets); critical alerts to the pager.
      assertThat(
              routes(tool, "alerts_ticket,shop_chat,shop_desk",
                  "alertname=FillFailures", "job=shop", "severity=critical"))
          .isEmpty();
      assertThat(
              routes(tool, "alerts_critical,shop_pager",
                  "alertname=FillFailures", "job=warehouse", "severity=critical"))
          .isEmpty();
      checked.add(tool);
    }
    assertThat(checked).isNotEmpty();
  }

  /** amtool's output if the labels do not reach exactly {@code receivers}, empty if they do. */
  private String routes(String amtool, String receivers, String... labels) throws Exception {
    List<String> argv =
        new ArrayList<>(
            List.of(
                amtool,
                "config",
                "routes",
                "test",
                "--config.file=alertmanager.yml",
                "--verify.receivers=" + receivers));
    argv.addAll(List.of(labels));
    return ToolRun.failure(dir, argv)
        .map(output -> String.join(" ", argv) + ":\n" + output)
        .orElse("");
  }
}
