package com.mastertrade.metrics.processor;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The golden SLO rules of the small schema pass {@code promtool check rules --lint=all
 * --lint-fatal}, their burn-rate cases (each condition 5% above its factor fires, 5% below stays
 * silent, for a 30d availability SLO and a 28d latency SLO whose bound 1 is spelled {@code 1} and
 * {@code 1.0}) and their production scenarios, on promtool 2.42 and 3.5.
 */
class GoldenSloRuleTestsTest {
  private static final List<String> FILES =
      List.of(
          "slos.rules.yml",
          "slos.test.yml",
          "slos.scenarios.test.yml",
          "slos.long-scenarios.test.yml");

  @TempDir Path dir;

  @Test
  void sloRulesPassBothPromtools() throws Exception {
    for (String file : FILES) {
      try (InputStream in =
          GoldenSloRuleTestsTest.class.getResourceAsStream("/golden/artifacts/alerts/" + file)) {
        Files.write(dir.resolve(file), in.readAllBytes());
      }
    }
    for (Path promtool : PromtoolVersions.all()) {
      PromtoolVersions.passes(
          promtool, dir, "check", "rules", "--lint=all", "--lint-fatal", "slos.rules.yml");
      PromtoolVersions.passes(promtool, dir, "test", "rules", "slos.test.yml");
      PromtoolVersions.passes(
          promtool, dir, "test", "rules", "slos.scenarios.test.yml", "slos.long-scenarios.test.yml");
    }
  }
}
