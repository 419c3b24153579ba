package com.mastertrade.metrics.schema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * {@code promtool check metrics}, Prometheus' own linter (Debian package {@code prometheus}). The
 * tool must be installed: a missing tool fails the test.
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

  private static String path() {
    String path = System.getenv().getOrDefault("PROMTOOL", "/usr/bin/promtool");
    if (!Files.isExecutable(Path.of(path))) {
      throw new AssertionError(
          path + " not found: install the Debian package prometheus (see README), or set PROMTOOL");
    }
    return path;
  }
}
