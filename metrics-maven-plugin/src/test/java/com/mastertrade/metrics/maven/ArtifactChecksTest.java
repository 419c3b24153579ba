package com.mastertrade.metrics.maven;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.mastertrade.metrics.conventions.ArtifactKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tool checks with the real promtool: a clean set passes, each broken file is named. */
class ArtifactChecksTest {
  private static final String RULES =
      """
      groups:
        - name: shop
          rules:
            - alert: ShopDown
              expr: up{job="shop"} == 0
              for: 1m
              labels:
                severity: critical
              annotations:
                summary: The shop is down
      """;
  private static final String DASHBOARD =
      """
      {"uid": "shop", "panels": [
        {"id": 1, "gridPos": {"x": 0, "y": 0, "w": 12, "h": 8},
         "datasource": {"uid": "${datasource}"},
         "targets": [{"datasource": {"uid": "${datasource}"},
                      "expr": "sum by (job) (rate(shop_orders_total{job=~\\"$job\\"}[$__rate_interval]))"}]},
        {"id": 2, "gridPos": {"x": 12, "y": 0, "w": 12, "h": 8},
         "datasource": {"uid": "${datasource}"},
         "targets": [{"datasource": {"uid": "${datasource}"}, "expr": "up"}]}
      ]}
      """;

  @TempDir Path temp;

  @Test
  void cleanArtifactsPassEveryCheck() throws IOException {
    ArtifactChecks checks = checks(RULES, DASHBOARD, "rate(shop_orders_total[5m])");

    checks.run();

    assertThat(checks.failures()).isEmpty();
    assertThat(checks.passed())
        .containsAtLeast(
            "promtool check rules --lint=all --lint-fatal shop.rules.yml (alerts/shop.rules.yml)",
            "promtool parses all 3 PromQL expressions of the docs and dashboards",
            "dashboards: unique uids and panel ids, no overlapping panels, all on $datasource");
  }

  @Test
  void aBrokenRuleAnExpressionThatDoesNotParseAndOverlappingPanelsAreEachNamed()
      throws IOException {
    String overlapping = DASHBOARD.replace("\"x\": 12, \"y\": 0", "\"x\": 6, \"y\": 0");
    ArtifactChecks checks =
        checks(RULES.replace("== 0", "== == 0"), overlapping, "rate(shop_orders_total[5m)");

    checks.run();

    List<String> failures = checks.failures();
    assertThat(failures).hasSize(3);
    assertThat(failures.get(0))
        .startsWith(
            "promtool check rules --lint=all --lint-fatal shop.rules.yml failed on"
                + " alerts/shop.rules.yml:");
    assertThat(failures.get(1))
        .startsWith(
            "these PromQL expressions do not parse:\n"
                + "  generated-docs/queries.promql: rate(shop_orders_total[5m)\n");
    assertThat(failures.get(2))
        .isEqualTo("dashboard layout:\n  dashboards/shop.json: panels 1 and 2 overlap");
  }

  private ArtifactChecks checks(String rules, String dashboard, String query) throws IOException {
    ExternalTool promtool = ExternalTool.find(null, "promtool").orElse(null);
    assumeTrue(promtool != null, "promtool is not on the PATH");
    Path generated = temp.resolve("metrics/shop");
    write(generated.resolve("alerts/shop.rules.yml"), rules);
    write(generated.resolve("dashboards/shop.json"), dashboard);
    write(generated.resolve("generated-docs/queries.promql"), "# Queries\n" + query + "\n");
    write(
        generated.resolve("artifacts.txt"),
        "rules\talerts/shop.rules.yml\ndashboards\tdashboards/shop.json\n"
            + "docs\tgenerated-docs/queries.promql\n");
    Path project = temp.resolve("project");
    ArtifactFolders folders =
        new ArtifactFolders(project, Map.of(), EnumSet.allOf(ArtifactKind.class), List.of());
    GeneratedArtifacts artifacts = GeneratedArtifacts.read(temp.resolve("metrics"), "shop");
    new ArtifactSync(artifacts, folders).sync();
    return new ArtifactChecks(artifacts, folders, promtool, temp.resolve("work"));
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
