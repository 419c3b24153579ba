package com.mastertrade.metrics.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The generated Alertmanager configuration checked by Alertmanager's own {@code amtool}: {@code
 * amtool check-config}, then every case of the generated route test file ({@code receiver<TAB>
 * label=value ...}) with {@code amtool config routes test --verify.receivers}.
 */
final class AlertmanagerChecks {
  static final String CONFIG = "alertmanager.yml";
  static final String ROUTE_CASES = "alertmanager.routes.txt";

  private final ExternalTool amtool;

  AlertmanagerChecks(ExternalTool amtool) {
    this.amtool = amtool;
  }

  /** Checks {@code config}; adds one line per check to {@code passed} or {@code failures}. */
  void checkConfig(Path config, String name, List<String> passed, List<String> failures)
      throws IOException {
    List<String> arguments = List.of("check-config", config.getFileName().toString());
    ExternalTool.Result result = amtool.run(config.getParent(), arguments);
    if (result.succeeded()) {
      passed.add(amtool.commandLine(arguments) + " (" + name + ")");
    } else {
      failures.add(
          amtool.commandLine(arguments) + " failed on " + name + ":\n" + result.output().strip());
    }
  }

  /** Runs every route case of {@code cases} against the configuration beside it. */
  void testRoutes(Path cases, String name, List<String> passed, List<String> failures)
      throws IOException {
    int count = 0;
    List<String> wrong = new ArrayList<>();
    for (String line : Files.readAllLines(cases, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      List<String> arguments = new ArrayList<>();
      arguments.add("config");
      arguments.add("routes");
      arguments.add("test");
      arguments.add("--config.file=" + CONFIG);
      arguments.add("--verify.receivers=" + line.substring(0, tab));
      arguments.addAll(List.of(line.substring(tab + 1).trim().split(" +")));
      ExternalTool.Result result = amtool.run(cases.getParent(), arguments);
      count++;
      if (!result.succeeded()) {
        wrong.add(amtool.commandLine(arguments) + ":\n" + result.output().strip());
      }
    }
    if (wrong.isEmpty()) {
      passed.add("amtool routes all " + count + " alerts of " + name + " to their receivers");
    } else {
      failures.add("alerts that do not reach their receiver:\n  " + String.join("\n  ", wrong));
    }
  }
}
