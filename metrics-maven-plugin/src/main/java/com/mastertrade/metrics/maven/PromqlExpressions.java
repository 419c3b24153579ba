package com.mastertrade.metrics.maven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Every PromQL expression of the docs and dashboards, as a rule file for {@code promtool check
 * rules}, which parses each one (promtool has no bare parse command). In dashboards, Grafana's
 * range macros become a duration and template variables a regex, as Grafana substitutes them.
 */
final class PromqlExpressions {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern RANGE_MACRO = Pattern.compile("\\$__(rate_interval|interval|range)");
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{?[a-zA-Z_][a-zA-Z0-9_]*}?");

  /** One expression and where it was found. */
  record Expression(String source, String expr) {}

  private final List<Expression> expressions = new ArrayList<>();

  List<Expression> all() {
    return List.copyOf(expressions);
  }

  /** The {@code ```promql} blocks of a Markdown page, one expression a line. */
  void addMarkdown(Path page, String name) throws IOException {
    boolean inside = false;
    for (String line : Files.readAllLines(page, StandardCharsets.UTF_8)) {
      if (line.equals("```promql")) {
        inside = true;
      } else if (line.equals("```")) {
        inside = false;
      } else if (inside && !line.isBlank()) {
        expressions.add(new Expression(name, line));
      }
    }
  }

  /** A {@code .promql} file: one expression a line, {@code #} comments. */
  void addPromqlFile(Path file, String name) throws IOException {
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        expressions.add(new Expression(name, line));
      }
    }
  }

  /** The query of every target of every panel of a Grafana dashboard. */
  void addDashboard(Path dashboard, String name) throws IOException {
    JsonNode tree = JSON.readTree(dashboard.toFile());
    for (JsonNode panel : tree.path("panels")) {
      for (JsonNode target : panel.path("targets")) {
        String expr = target.path("expr").asText("");
        if (!expr.isEmpty()) {
          String grafana = RANGE_MACRO.matcher(expr).replaceAll("5m");
          grafana = VARIABLE.matcher(grafana).replaceAll(".*");
          expressions.add(new Expression(name + " panel " + panel.path("id").asText(), grafana));
        }
      }
    }
  }

  /** A rule file with one recording rule per expression, named after its index. */
  String ruleFile() {
    ObjectNode file = JSON.createObjectNode();
    ObjectNode group = file.putArray("groups").addObject();
    group.put("name", "promql-parse-check");
    ArrayNode rules = group.putArray("rules");
    for (int i = 0; i < expressions.size(); i++) {
      ObjectNode rule = rules.addObject();
      rule.put("record", "promql_parse_check_" + i);
      rule.put("expr", expressions.get(i).expr());
    }
    return file.toPrettyString();
  }

  /** The expressions a promtool failure output names by their rule index. */
  List<String> named(String promtoolOutput) {
    List<String> named = new ArrayList<>();
    var matcher = Pattern.compile("promql_parse_check_(\\d+)").matcher(promtoolOutput);
    java.util.Set<Integer> seen = new java.util.TreeSet<>();
    while (matcher.find()) {
      seen.add(Integer.parseInt(matcher.group(1)));
    }
    for (int index : seen) {
      if (index < expressions.size()) {
        Expression e = expressions.get(index);
        named.add(e.source() + ": " + e.expr());
      }
    }
    return named;
  }
}
