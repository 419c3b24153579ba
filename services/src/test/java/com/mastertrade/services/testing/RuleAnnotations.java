package com.mastertrade.services.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The alerting rules of the committed {@code alerts/*.rules.yml}, turned into the alerts Prometheus
 * posts to Alertmanager when one fires: the rule's labels and annotations, with the {@code
 * $labels} references of the annotations filled in. An annotation whose template queries
 * Prometheus (an SLO alert's {@code budget_left}) is left out: only Prometheus can render it, so a
 * test that needs it puts the rendered text itself.
 */
public final class RuleAnnotations {
  private static final Path ALERTS = Path.of("..", "alerts");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern LABEL = Pattern.compile("\\{\\{ \\$labels\\.(\\w+) \\}\\}");
  private static final Pattern QUERY = Pattern.compile("\\{\\{[^}]*\\bquery\\b");

  private final Map<String, JsonNode> rules;

  private RuleAnnotations(Map<String, JsonNode> rules) {
    this.rules = rules;
  }

  public static RuleAnnotations read() throws IOException {
    Map<String, JsonNode> rules = new HashMap<>();
    try (Stream<Path> files = Files.list(ALERTS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".rules.yml")).toList()) {
        for (JsonNode group : YAML.readTree(file.toFile()).get("groups")) {
          for (JsonNode rule : group.get("rules")) {
            if (rule.has("alert")) {
              rules.put(rule.get("alert").asText(), rule);
            }
          }
        }
      }
    }
    return new RuleAnnotations(rules);
  }

  /**
   * The alert {@code name} firing for {@code job} (null for an alert of no target, such as the
   * Watchdog) and {@code slo} (may be null), from now, with the labels its expression gives
   * besides, as {@code name, value} pairs.
   */
  public ObjectNode alert(String name, String job, String slo, String... labelPairs) {
    JsonNode rule = rules.get(name);
    if (rule == null) {
      throw new IllegalArgumentException("no alerting rule " + name + " in " + ALERTS);
    }
    ObjectNode alert = JSON.createObjectNode();
    ObjectNode labels = alert.putObject("labels");
    labels.put("alertname", name);
    if (job != null) {
      labels.put("job", job);
      labels.put("instance", job + ":0");
    }
    if (slo != null) {
      labels.put("slo", slo);
    }
    for (int i = 0; i + 1 < labelPairs.length; i += 2) {
      labels.put(labelPairs[i], labelPairs[i + 1]);
    }
    rule.path("labels").fields().forEachRemaining(l -> labels.put(l.getKey(), l.getValue().asText()));
    ObjectNode annotations = alert.putObject("annotations");
    for (Iterator<Map.Entry<String, JsonNode>> it = rule.path("annotations").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> annotation = it.next();
      if (QUERY.matcher(annotation.getValue().asText()).find()) {
        continue;
      }
      annotations.put(annotation.getKey(), render(annotation.getValue().asText(), labels));
    }
    alert.put("startsAt", Instant.now().toString());
    return alert;
  }

  private static String render(String template, ObjectNode labels) {
    Matcher reference = LABEL.matcher(template);
    StringBuilder rendered = new StringBuilder();
    while (reference.find()) {
      reference.appendReplacement(
          rendered, Matcher.quoteReplacement(labels.path(reference.group(1)).asText()));
    }
    reference.appendTail(rendered);
    if (rendered.indexOf("{{") >= 0) {
      throw new IllegalArgumentException("a template this test cannot render: " + template);
    }
    return rendered.toString();
  }
}
