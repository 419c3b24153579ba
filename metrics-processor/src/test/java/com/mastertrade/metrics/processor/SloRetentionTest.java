package com.mastertrade.metrics.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.mastertrade.metrics.processor.fuzz.KubernetesChecks;
import com.mastertrade.metrics.processor.output.Serialization;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The retention the SLOs need, read as a consumer would: the Kubernetes manifests' {@code
 * Prometheus} keeps at least the longest compliance window its own rules state ({@code
 * slo:time_period:days}), the object passes the Prometheus Operator's schema, and the generated
 * docs say the same figure.
 */
class SloRetentionTest {
  private static final Pattern DAYS = Pattern.compile("vector\\((\\d+)\\)");

  @TempDir static Path out;

  private static Compilation compilation;

  @BeforeAll
  static void compile() {
    compilation =
        Compiler.javac()
            .withProcessors(new MetricsSchemaProcessor())
            .withOptions("-Ametrics.artifacts=" + out)
            .compile(Schemas.resource("schemas/valid/ShopMetrics.java"));
  }

  @Test
  void prometheusKeepsTheLongestComplianceWindowAndADay() throws IOException {
    assertThat(compilation).succeededWithoutWarnings();
    List<Integer> windows = new ArrayList<>();
    for (JsonNode object : objects("prometheus-rules.yaml")) {
      for (JsonNode group : object.at("/spec/groups")) {
        for (JsonNode rule : group.path("rules")) {
          if (rule.path("record").asText().equals("slo:time_period:days")) {
            Matcher days = DAYS.matcher(rule.path("expr").asText());
            assertThat(days.matches()).isTrue();
            windows.add(Integer.parseInt(days.group(1)));
          }
        }
      }
    }
    // The small schema's SLOs have a 28-day and a 30-day window.
    assertThat(windows).containsAtLeast(28, 30);
    int longest = windows.stream().mapToInt(Integer::intValue).max().orElseThrow();

    List<JsonNode> prometheus = objects("prometheus.yaml");
    assertThat(prometheus).hasSize(1);
    assertThat(prometheus.get(0).path("kind").asText()).isEqualTo("Prometheus");
    String retention = prometheus.get(0).at("/spec/retention").asText();
    assertThat(retention).matches("\\d+d");
    int kept = Integer.parseInt(retention.substring(0, retention.length() - 1));
    assertThat(kept).isAtLeast(longest + 1);
    // It loads the rules and monitors it keeps the samples for: its selectors match them.
    JsonNode ruleSelector = prometheus.get(0).at("/spec/ruleSelector/matchLabels");
    JsonNode monitorSelector = prometheus.get(0).at("/spec/serviceMonitorSelector/matchLabels");
    assertThat(ruleSelector.size()).isGreaterThan(0);
    assertThat(monitorSelector.size()).isGreaterThan(0);
    for (JsonNode rule : objects("prometheus-rules.yaml")) {
      ruleSelector.fields().forEachRemaining(
          label ->
              assertThat(rule.at("/metadata/labels").path(label.getKey()).asText())
                  .isEqualTo(label.getValue().asText()));
    }
    for (JsonNode monitor : objects("service-monitors.yaml")) {
      monitorSelector.fields().forEachRemaining(
          label ->
              assertThat(monitor.at("/metadata/labels").path(label.getKey()).asText())
                  .isEqualTo(label.getValue().asText()));
    }

    assertThat(Files.readString(out.resolve("generated-docs/README.md")))
        .contains("Prometheus must keep at least " + retention + " of samples");
  }

  @Test
  void thePrometheusPassesTheOperatorSchema() throws IOException {
    assertThat(compilation).succeededWithoutWarnings();

    assertThat(KubernetesChecks.check(out)).isEmpty();
  }

  private static List<JsonNode> objects(String file) throws IOException {
    List<JsonNode> objects = new ArrayList<>();
    for (String document :
        Files.readString(out.resolve("deploy/kubernetes/" + file)).split("(?m)^---\\n")) {
      if (!document.isBlank()) {
        objects.add(Serialization.readYaml(document));
      }
    }
    return objects;
  }
}
