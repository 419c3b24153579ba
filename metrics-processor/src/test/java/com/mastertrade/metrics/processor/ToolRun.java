package com.mastertrade.metrics.processor;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** One run of an external tool (promtool, amtool, node) over generated artifacts. */
public final class ToolRun {
  private static final long TIMEOUT_SECONDS = 300;

  private ToolRun() {}

  /** The tool's output if it failed or timed out; empty if it exited with 0. */
  public static Optional<String> failure(Path dir, List<String> argv) throws IOException {
    // Output to a file, so that a tool that hangs is stopped at the timeout, not read forever.
    File output = File.createTempFile("tool", ".out");
    try {
      Process process =
          new ProcessBuilder(argv)
              .directory(dir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(output)
              .start();
      try {
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          return Optional.of(String.join(" ", argv) + " timed out");
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
      return process.exitValue() == 0
          ? Optional.empty()
          : Optional.of(Files.readString(output.toPath(), StandardCharsets.UTF_8).strip());
    } finally {
      Files.deleteIfExists(output.toPath());
    }
  }
}
