package com.mastertrade.metrics.schema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * {@code promtool check metrics}, Prometheus' own linter (Debian package {@code prometheus}), and
 * where promtool 2.42 and 3.5 are. The tool must be installed: a missing tool fails the test.
 */
final class Promtool {
  private Promtool() {}

  record Result(int exitCode, String output) {}

  static Result checkMetrics(String exposition) throws IOException, InterruptedException {
    Path output = Files.createTempFile("promtool", ".out");
    try {
      Process process =
          new ProcessBuilder(path(), "check", "metrics")
              .redirectErrorStream(true)
              .redirectOutput(output.toFile())
              .start();
      process.getOutputStream().write(exposition.getBytes(StandardCharsets.UTF_8));
      process.getOutputStream().close();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("promtool check metrics did not finish in 60 s");
      }
      return new Result(process.exitValue(), Files.readString(output).strip());
    } finally {
      Files.deleteIfExists(output);
    }
  }

  /**
   * promtool 3.5, which {@code scripts/fetch-prometheus-lts.sh} unpacks into the checkout's {@code
   * tools/} ({@code PROMTOOL_3} overrides it). A missing tool fails the test.
   */
  static Path prometheus3() {
    Path tool =
        Path.of(
            System.getenv()
                .getOrDefault(
                    "PROMTOOL_3",
                    Path.of("..", "tools", "prometheus-3.5", "bin", "promtool")
                        .toAbsolutePath()
                        .normalize()
                        .toString()));
    if (!Files.isExecutable(tool)) {
      throw new AssertionError(
          tool + " not found: run scripts/fetch-prometheus-lts.sh, or set PROMTOOL_3");
    }
    return tool;
  }

  /** Debian's promtool 2.42 ({@code PROMTOOL} overrides it). */
  static String path() {
    String path = System.getenv().getOrDefault("PROMTOOL", "/usr/bin/promtool");
    if (!Files.isExecutable(Path.of(path))) {
      throw new AssertionError(
          path + " not found: install the Debian package prometheus (see README), or set PROMTOOL");
    }
    return path;
  }
}
