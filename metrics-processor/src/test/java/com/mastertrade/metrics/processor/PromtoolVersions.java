package com.mastertrade.metrics.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The two promtool releases the rules must pass: Debian 12's 2.42 ({@code PROMTOOL}, default
 * {@code /usr/bin/promtool}) and the 3.5 LTS that {@code scripts/fetch-prometheus-lts.sh} unpacks
 * into the checkout's {@code tools/} ({@code PROMTOOL_3}). A missing one fails the test.
 */
final class PromtoolVersions {
  private PromtoolVersions() {}

  static List<Path> all() {
    return List.of(
        existing(System.getenv().getOrDefault("PROMTOOL", "/usr/bin/promtool"), "prometheus"),
        existing(
            System.getenv()
                .getOrDefault(
                    "PROMTOOL_3",
                    Path.of("..", "tools", "prometheus-3.5", "bin", "promtool")
                        .toAbsolutePath()
                        .normalize()
                        .toString()),
            "scripts/fetch-prometheus-lts.sh"));
  }

  private static Path existing(String path, String install) {
    Path tool = Path.of(path);
    if (!Files.isExecutable(tool)) {
      throw new AssertionError(path + " not found: run " + install + ", or set the tool's path");
    }
    return tool;
  }

  /** Runs {@code promtool arguments} in {@code dir} and fails with its output unless it passes. */
  static void passes(Path promtool, Path dir, String... arguments)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(promtool.toString()));
    command.addAll(List.of(arguments));
    Path output = Files.createTempFile(dir, "promtool", ".out");
    Process process =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    if (!process.waitFor(15, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError(String.join(" ", command) + " did not finish in 15 minutes");
    }
    assertWithMessage(String.join(" ", command) + ":\n" + Files.readString(output, StandardCharsets.UTF_8))
        .that(process.exitValue())
        .isEqualTo(0);
  }
}
