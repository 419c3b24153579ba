package com.mastertrade.metrics.processor;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The small schema's golden Watchdog rule passes {@code promtool check rules --lint=all
 * --lint-fatal}, and its test (the alert fires with no series at all, at once and a day later) on
 * promtool 2.42 and 3.5.
 */
class GoldenWatchdogRuleTestsTest {
  private static final List<String> FILES = List.of("watchdog.rules.yml", "watchdog.test.yml");

  @TempDir Path dir;

  @Test
  void watchdogFiresOnBothPromtools() throws Exception {
    for (String file : FILES) {
      try (InputStream in =
          GoldenWatchdogRuleTestsTest.class.getResourceAsStream(
              "/golden/artifacts/alerts/" + file)) {
        Files.write(dir.resolve(file), in.readAllBytes());
      }
    }
    for (Path promtool : PromtoolVersions.all()) {
      PromtoolVersions.passes(
          promtool, dir, "check", "rules", "--lint=all", "--lint-fatal", "watchdog.rules.yml");
      PromtoolVersions.passes(promtool, dir, "test", "rules", "watchdog.test.yml");
    }
  }
}
