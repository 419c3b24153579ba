package com.mastertrade.metrics.processor.promql.syntax;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/** One line per target of the cross-check, in {@code target/promql-cross-check.txt}. */
final class CrossCheckCounts {
  private CrossCheckCounts() {}

  static void record(PromqlTarget target, int expressions, int rejected, int disagreements)
      throws IOException {
    Path file = Path.of("target", "promql-cross-check.txt");
    Files.createDirectories(file.getParent());
    String line =
        String.format(
            Locale.ROOT,
            "%s: %d expressions, promtool accepts %d and rejects %d, %d disagreements%n",
            target,
            expressions,
            expressions - rejected,
            rejected,
            disagreements);
    Files.writeString(
        file,
        line,
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
  }
}
