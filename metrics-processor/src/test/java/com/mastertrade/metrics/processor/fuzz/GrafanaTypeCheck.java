package com.mastertrade.metrics.processor.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Grafana's published Dashboard type over the dashboards of every accepted schema, in one run of
 * the build's own check ({@code scripts/grafana-schema-check}): tsc takes seconds to start. Each
 * copy is named after its case, so an error in it names the case.
 */
final class GrafanaTypeCheck {
  private static final Path SCRIPT = Path.of("../scripts/grafana-schema-check/check-dashboards.sh");

  private final Path dir;
  private final Map<String, Integer> caseByPrefix = new LinkedHashMap<>();

  GrafanaTypeCheck(Path dir) throws IOException {
    this.dir = Files.createDirectories(dir);
  }

  void add(int caseNumber, Path dashboard) throws IOException {
    String prefix = "fuzz" + caseNumber + "_";
    caseByPrefix.put(prefix, caseNumber);
    Files.copy(dashboard, dir.resolve(prefix + dashboard.getFileName()));
  }

  /** The problems tsc reports, by case number. */
  Map<Integer, List<String>> run() throws IOException, InterruptedException {
    Map<Integer, List<String>> problems = new LinkedHashMap<>();
    if (caseByPrefix.isEmpty()) {
      return problems;
    }
    List<String> argv = new ArrayList<>(List.of("bash", SCRIPT.toString()));
    try (var files = Files.list(dir)) {
      files.sorted().forEach(f -> argv.add(f.toAbsolutePath().toString()));
    }
    Process process = new ProcessBuilder(argv).redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      problems.put(-1, List.of("the Grafana type check timed out"));
      return problems;
    }
    if (process.exitValue() == 0) {
      return problems;
    }
    String text = new String(output, StandardCharsets.UTF_8);
    for (String line : text.split("\n")) {
      Integer owner = null;
      for (Map.Entry<String, Integer> prefix : caseByPrefix.entrySet()) {
        // check-dashboards.sh names each file after the dashboard, non-alphanumerics as '_'.
        if (line.contains("generated/" + prefix)) {
          owner = prefix.getValue();
        }
      }
      problems.computeIfAbsent(owner == null ? -1 : owner, k -> new ArrayList<>()).add(line);
    }
    return problems;
  }
}
