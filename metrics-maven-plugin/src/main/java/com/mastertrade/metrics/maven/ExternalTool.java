package com.mastertrade.metrics.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** A command-line tool run in a folder, its output kept for the failure message. */
final class ExternalTool {
  private static final long TIMEOUT_MINUTES = 10;

  /** The output of a run and whether it succeeded. */
  record Result(int exitCode, String output) {
    boolean succeeded() {
      return exitCode == 0;
    }
  }

  private final Path executable;

  ExternalTool(Path executable) {
    this.executable = executable;
  }

  Path executable() {
    return executable;
  }

  /** {@code name} as configured, or found on the PATH; empty when neither. */
  static Optional<ExternalTool> find(String configured, String name) {
    if (configured != null && !configured.isBlank()) {
      Path path = Path.of(configured);
      return Files.isExecutable(path) ? Optional.of(new ExternalTool(path)) : Optional.empty();
    }
    String searchPath = System.getenv("PATH");
    if (searchPath == null) {
      return Optional.empty();
    }
    for (String folder : searchPath.split(File.pathSeparator)) {
      if (folder.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(folder, name);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(new ExternalTool(candidate));
      }
    }
    return Optional.empty();
  }

  Result run(Path workingDirectory, List<String> arguments) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(executable.toString());
    command.addAll(arguments);
    Process process =
        new ProcessBuilder(command)
            .directory(workingDirectory.toFile())
            .redirectErrorStream(true)
            .start();
    byte[] output;
    try {
      process.getOutputStream().close();
      output = process.getInputStream().readAllBytes();
      if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IOException(
            String.join(" ", command) + " did not finish in " + TIMEOUT_MINUTES + " minutes");
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while running " + String.join(" ", command), e);
    }
    return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
  }

  /** The command as a person would type it, for messages. */
  String commandLine(List<String> arguments) {
    return executable.getFileName() + " " + String.join(" ", arguments);
  }
}
