package com.mastertrade.metrics.processor.fuzz;

import com.mastertrade.metrics.processor.ToolRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The generated Alertmanager configuration through Alertmanager's own amtool, on both supported
 * releases (Debian's 0.25 and 0.33 under tools/ when fetched): {@code check-config}, and every
 * route case of {@code alertmanager.routes.txt} through {@code config routes test}. Most mutants
 * leave the routing as it was: a configuration and route cases already checked are not checked
 * again.
 */
final class AlertmanagerChecks {
  private static final java.util.Map<String, List<String>> CHECKED =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static final List<Path> AMTOOLS =
      List.of(Path.of("/usr/bin/amtool"), Path.of("../tools/alertmanager-0.33/bin/amtool"));

  private AlertmanagerChecks() {}

  static List<String> check(Path alerts) throws IOException {
    List<String> problems = new ArrayList<>();
    Path config = alerts.resolve("alertmanager.yml");
    if (!Files.exists(config)) {
      return problems;
    }
    Path routes = alerts.resolve("alertmanager.routes.txt");
    String key =
        Files.readString(config) + "\u0000" + (Files.exists(routes) ? Files.readString(routes) : "");
    List<String> known = CHECKED.get(key);
    if (known != null) {
      return known;
    }
    for (Path amtool : AMTOOLS) {
      if (!Files.isExecutable(amtool)) {
        continue;
      }
      String tool = amtool.toAbsolutePath().normalize().toString();
      Optional<String> checked =
          ToolRun.failure(alerts, List.of(tool, "check-config", "alertmanager.yml"));
      if (checked.isPresent()) {
        problems.add(tool + " check-config failed:\n" + checked.get());
        continue;
      }
      if (!Files.exists(routes)) {
        continue;
      }
      for (String line : Files.readAllLines(routes)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t", 2);
        List<String> argv =
            new ArrayList<>(
                List.of(
                    tool,
                    "config",
                    "routes",
                    "test",
                    "--config.file=alertmanager.yml",
                    "--verify.receivers=" + fields[0]));
        argv.addAll(Arrays.asList(fields[1].split(" ")));
        Optional<String> routed = ToolRun.failure(alerts, argv);
        if (routed.isPresent()) {
          problems.add(tool + " route case '" + line + "' failed:\n" + routed.get());
        }
      }
    }
    CHECKED.put(key, List.copyOf(problems));
    return problems;
  }
}
