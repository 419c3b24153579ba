package com.mastertrade.metrics.processor.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Checks the artifacts of one accepted schema with the tools they are written for: promtool for the
 * rules, their tests and the scrape config, a CommonMark parser for the docs, and the grid rules
 * Grafana's types cannot express. Grafana's types themselves are checked for all accepted schemas
 * at once ({@link GrafanaTypeCheck}), as tsc takes seconds to start.
 */
final class ArtifactChecks {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Marks a rule test whose alert does not do what the schema's {@code @AlertTest} expects. */
  static final String EXPECTATION = "alert test expectation: ";

  private ArtifactChecks() {}

  /** The problems found in the artifacts under {@code root} (the schema's metrics/<ns> folder). */
  static List<String> check(Path root, MarkdownStructure.Signature expectedDocs)
      throws IOException {
    List<String> problems = new ArrayList<>();
    Path alerts = root.resolve("alerts");
    List<String> rules = names(alerts, ".rules.yml");
    // The SLO rule tests replay three days of series per case, seconds of promtool each; their
    // rules are checked here, and the tests run on the golden and the real schema
    // (GoldenSloRuleTestsTest, the schema's build).
    List<String> tests = new ArrayList<>(names(alerts, ".test.yml"));
    tests.remove("slos.test.yml");
    if (!rules.isEmpty()) {
      promtool(alerts, problems, "check", "rules", rules);
    }
    if (!tests.isEmpty()) {
      promtool(alerts, problems, "test", "rules", tests);
    }
    if (Files.exists(alerts.resolve("prometheus.yml"))) {
      promtool(alerts, problems, "check", "config", List.of("prometheus.yml"));
    }
    problems.addAll(MarkdownStructure.check(root.resolve("generated-docs"), expectedDocs));
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

  private static void promtool(
      Path dir, List<String> problems, String command, String what, List<String> files)
      throws IOException {
    List<String> argv = new ArrayList<>(List.of("promtool", command, what));
    argv.addAll(files);
    Process process =
        new ProcessBuilder(argv).directory(dir.toFile()).redirectErrorStream(true).start();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        problems.add("promtool " + command + " " + what + " timed out");
        return;
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.exitValue() != 0) {
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
              + output.strip());
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
