package com.mastertrade.metrics.processor.fuzz;

import com.mastertrade.metrics.processor.ToolRun;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Checks the artifacts of one accepted schema with the tools they are written for: promtool for the
 * rules, their tests and the scrape config, amtool for the Alertmanager configuration, a CommonMark
 * parser for the docs, and the grid rules Grafana's types cannot express. Grafana's types
 * themselves are checked for all accepted schemas at once ({@link GrafanaTypeCheck}), as tsc takes
 * seconds to start.
 */
final class ArtifactChecks {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Marks a rule test whose alert does not do what the schema's {@code @AlertTest} expects. */
  static final String EXPECTATION = "alert test expectation: ";

  /** The SLO rule files and tests already evaluated, by content. */
  private static final Set<String> SLO_TESTS_RUN =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

  /**
   * The promtool of the Prometheus the processor targets by default (3.5, fetched into tools/ by
   * the test command), else the one on the path.
   */
  private static final String PROMTOOL =
      Files.isExecutable(Path.of("../tools/prometheus-3.5/bin/promtool"))
          ? Path.of("../tools/prometheus-3.5/bin/promtool").toAbsolutePath().normalize().toString()
          : "promtool";

  private ArtifactChecks() {}

  /** The problems found in the artifacts under {@code root} (the schema's metrics/<ns> folder). */
  static List<String> check(
      Path root, MarkdownStructure.Signature expectedDocs, boolean sloTests) throws IOException {
    List<String> problems = new ArrayList<>();
    Path alerts = root.resolve("alerts");
    List<String> rules = names(alerts, ".rules.yml");
    // The SLO rule tests replay days of series per case, seconds of promtool each: they run when
    // the case mutated the SLOs; their rules are checked in every case.
    List<String> tests = new ArrayList<>(names(alerts, ".test.yml"));
    // The SLO scenarios replay hours to days of series: they run on the golden and the real schema.
    tests.remove("slos.scenarios.test.yml");
    tests.remove("slos.long-scenarios.test.yml");
    if (tests.remove("slos.test.yml") && sloTests) {
      String rulesAndTests =
          Files.readString(alerts.resolve("slos.rules.yml"))
              + Files.readString(alerts.resolve("slos.test.yml"));
      // The SLO rules and tests of most mutants are a seed's, already evaluated.
      if (SLO_TESTS_RUN.add(rulesAndTests)) {
        promtool(alerts, problems, "test", "rules", List.of("slos.test.yml"));
      }
    }
    if (!rules.isEmpty()) {
      promtool(alerts, problems, "check", "rules", rules);
    }
    if (!tests.isEmpty()) {
      promtool(alerts, problems, "test", "rules", tests);
    }
    if (Files.exists(alerts.resolve("prometheus.yml"))) {
      promtool(alerts, problems, "check", "config", List.of("prometheus.yml"));
    }
    problems.addAll(AlertmanagerChecks.check(alerts));
    problems.addAll(KubernetesChecks.check(root));
    problems.addAll(SnapshotSchemaCheck.check(root.resolve("generated-docs/schema-snapshot.json")));
    problems.addAll(MarkdownStructure.check(root.resolve("generated-docs"), expectedDocs));
    problems.addAll(MarkdownStructure.checkRunbooks(root.resolve("generated-docs/runbooks")));
    parseExpressions(root, problems);
    Path dashboards = root.resolve("dashboards");
    for (String dashboard : names(dashboards, ".json")) {
      problems.addAll(grid(dashboard, JSON.readTree(dashboards.resolve(dashboard).toFile())));
    }
    return problems;
  }

  /**
   * Every PromQL expression of the dashboards and docs parsed by promtool, as check-artifacts.sh
   * does: as recording rules of a throw-away file, Grafana's variables replaced in dashboards.
   */
  private static void parseExpressions(Path root, List<String> problems) throws IOException {
    List<String> expressions = new ArrayList<>();
    Path dashboards = root.resolve("dashboards");
    for (String dashboard : names(dashboards, ".json")) {
      for (JsonNode panel : JSON.readTree(dashboards.resolve(dashboard).toFile()).path("panels")) {
        for (JsonNode target : panel.path("targets")) {
          expressions.add(
              target
                  .path("expr")
                  .asText()
                  .replaceAll("\\$__(rate_interval|interval|range)", "5m")
                  .replaceAll(
                      "\\$\\{?[a-zA-Z_][a-zA-Z0-9_]*}?|\\[\\[[a-zA-Z_][a-zA-Z0-9_]*]]", ".*"));
        }
      }
    }
    Path docs = root.resolve("generated-docs");
    if (Files.exists(docs.resolve("queries.promql"))) {
      for (String line : Files.readAllLines(docs.resolve("queries.promql"))) {
        if (!line.isBlank() && !line.startsWith("#")) {
          expressions.add(line);
        }
      }
    }
    for (String page : names(docs, ".md")) {
      boolean inside = false;
      for (String line : Files.readAllLines(docs.resolve(page))) {
        if (line.matches("`{3,}promql")) {
          inside = true;
        } else if (line.matches("`{3,}")) {
          inside = false;
        } else if (inside) {
          expressions.add(line);
        }
      }
    }
    if (expressions.isEmpty()) {
      return;
    }
    com.fasterxml.jackson.databind.node.ObjectNode file = JSON.createObjectNode();
    com.fasterxml.jackson.databind.node.ArrayNode rules =
        file.putArray("groups").addObject().put("name", "parse-check").putArray("rules");
    for (int i = 0; i < expressions.size(); i++) {
      rules.addObject().put("record", "parse_check_" + i).put("expr", expressions.get(i));
    }
    Path check = root.resolve("parse-check.rules.yml");
    new ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
        .writeValue(check.toFile(), file);
    promtool(root, problems, "check", "rules", List.of(check.getFileName().toString()));
  }

  /**
   * What check-artifacts.sh checks with jq: panels inside the grid, not overlapping, unique ids.
   */
  private static List<String> grid(String file, JsonNode dashboard) {
    List<String> problems = new ArrayList<>();
    List<int[]> boxes = new ArrayList<>();
    Set<Integer> ids = new HashSet<>();
    for (JsonNode panel : dashboard.path("panels")) {
      JsonNode g = panel.path("gridPos");
      int[] box = {
        g.path("x").asInt(), g.path("y").asInt(), g.path("w").asInt(), g.path("h").asInt()
      };
      if (box[0] < 0 || box[2] < 1 || box[3] < 1 || box[0] + box[2] > 24) {
        problems.add(file + ": panel " + panel.path("id") + " leaves the grid: " + g);
      }
      for (int[] other : boxes) {
        if (box[0] < other[0] + other[2]
            && other[0] < box[0] + box[2]
            && box[1] < other[1] + other[3]
            && other[1] < box[1] + box[3]) {
          problems.add(file + ": panel " + panel.path("id") + " overlaps another");
        }
      }
      boxes.add(box);
      if (!ids.add(panel.path("id").asInt())) {
        problems.add(file + ": panel id " + panel.path("id") + " repeats");
      }
    }
    if (dashboard.path("uid").asText().isEmpty() || dashboard.path("title").asText().isBlank()) {
      problems.add(file + ": empty uid or title");
    }
    return problems;
  }

  /** Runs {@code name} with {@code argv} in {@code dir}; a failure is a problem. */
  private static void promtool(
      Path dir, List<String> problems, String command, String what, List<String> files)
      throws IOException {
    List<String> argv = new ArrayList<>(List.of(PROMTOOL, command, what));
    argv.addAll(files);
    java.util.Optional<String> failed = ToolRun.failure(dir, argv);
    if (failed.isPresent()) {
      String output = failed.get();
      // A rule test that runs but does not get what the schema's @AlertTest expects.
      boolean expectation =
          command.equals("test") && output.contains("exp:") && output.contains("got:");
      problems.add(
          (expectation ? EXPECTATION : "")
              + "promtool "
              + command
              + " "
              + what
              + " "
              + files
              + " failed:\n"
              + output);
    }
  }

  static List<String> names(Path dir, String suffix) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(suffix))
          .sorted()
          .toList();
    }
  }
}
