package com.mastertrade.metrics.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The golden SLO rules of the small schema pass {@code promtool check rules --lint=all
 * --lint-fatal} and their generated {@code promtool test rules} cases: each burn-rate condition 5%
 * above its factor fires the page or the ticket, 5% below stays silent, for a 30d availability SLO
 * and a 28d latency SLO whose bound 1 is spelled {@code 1} and {@code 1.0}.
 */
class GoldenSloRuleTestsTest {
  @TempDir Path dir;

  @Test
  void sloRulesPassPromtoolAndTheirTests() throws Exception {
    for (String file : List.of("slos.rules.yml", "slos.test.yml")) {
      try (InputStream in =
          GoldenSloRuleTestsTest.class.getResourceAsStream("/golden/artifacts/alerts/" + file)) {
        Files.write(dir.resolve(file), in.readAllBytes());
      }
    }
    promtool("check", "rules", "--lint=all", "--lint-fatal", "slos.rules.yml");
    promtool("test", "rules", "slos.test.yml");
  }

  private void promtool(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("promtool"));
    command.addAll(List.of(arguments));
    Process process =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
    }
    assertWithMessage(String.join(" ", command) + ":\n" + output)
        .that(process.exitValue())
        .isEqualTo(0);
  }
}
