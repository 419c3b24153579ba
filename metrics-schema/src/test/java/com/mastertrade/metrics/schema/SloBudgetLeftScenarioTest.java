package com.mastertrade.metrics.schema;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incidents of the gateway availability SLO written by hand ({@code
 * slo-scenarios/gateway-availability-budget.test.yml}), whose budget left is worked out in the
 * file from the requests served and failed: the page Prometheus fires carries it in {@code
 * budget_left}, and {@code unknown} before any budget is recorded. Run by promtool 3.5 on the
 * committed {@code alerts/slos.rules.yml} and by Debian's promtool 2.42 on {@code
 * alerts/prometheus-2.42/slos.rules.yml}.
 */
class SloBudgetLeftScenarioTest {
  private static final Path ALERTS = Path.of("..", "alerts");
  private static final String TEST = "gateway-availability-budget.test.yml";

  @TempDir Path dir;

  @Test
  void thePageCarriesTheBudgetLeftOnPrometheus3() throws Exception {
    passes(Promtool.prometheus3(), ALERTS.resolve("slos.rules.yml"));
  }

  @Test
  void thePageCarriesTheBudgetLeftOnPrometheus2() throws Exception {
    passes(Path.of(Promtool.path()), ALERTS.resolve("prometheus-2.42").resolve("slos.rules.yml"));
  }

  private void passes(Path promtool, Path rules) throws IOException, InterruptedException {
    Files.copy(rules, dir.resolve("slos.rules.yml"));
    try (InputStream in = getClass().getResourceAsStream("/slo-scenarios/" + TEST)) {
      Files.write(dir.resolve(TEST), in.readAllBytes());
    }
    Path output = dir.resolve("promtool.out");
    Process process =
        new ProcessBuilder(List.of(promtool.toString(), "test", "rules", TEST))
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError(promtool + " test rules did not finish in 10 minutes");
    }
    String report = Files.readString(output, StandardCharsets.UTF_8);
    assertWithMessage(promtool + " test rules " + TEST + ":\n" + report)
        .that(process.exitValue())
        .isEqualTo(0);
  }
}
