package com.mastertrade.services.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The PromQL expressions of the generated dashboards ({@code dashboards/*.json}, every panel
 * target's {@code expr}) and docs ({@code generated-docs/*.md} and the runbooks' {@code promql}
 * blocks and {@code generated-docs/queries.promql}), with Grafana's variables replaced so
 * Prometheus can run them.
 */
final class GeneratedQueries {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern FENCE = Pattern.compile("```promql\\n(.*?)\\n```", Pattern.DOTALL);

  /** A label matcher on a dashboard variable, {@code job=~"$job"}: any value. */
  private static final Pattern VARIABLE_MATCHER = Pattern.compile("=~?\"\\$\\{?\\w+\\}?\"");

  private GeneratedQueries() {}

  /** Every distinct expression, in file order; empty if nothing was generated yet. */
  static Set<String> in(Path root) throws IOException {
    Set<String> queries = new LinkedHashSet<>();
    for (Path dashboard : files(root.resolve("dashboards"), ".json")) {
      collectExprs(JSON.readTree(dashboard.toFile()), queries);
    }
    List<Path> docs = files(root.resolve("generated-docs"), ".md");
    // The first checks of the runbooks: what the on-call engineer runs must return data too.
    docs.addAll(files(root.resolve("generated-docs/runbooks"), ".md"));
    for (Path doc : docs) {
      Matcher fence = FENCE.matcher(Files.readString(doc));
      while (fence.find()) {
        queries.add(runnable(fence.group(1)));
      }
    }
    Path promql = root.resolve("generated-docs/queries.promql");
    if (Files.exists(promql)) {
      for (String line : Files.readAllLines(promql)) {
        if (!line.isBlank() && !line.startsWith("#")) {
          queries.add(runnable(line));
        }
      }
    }
    return queries;
  }

  /** The expressions of one generated dashboard, {@code dashboards/<file>}. */
  static Set<String> ofDashboard(Path root, String file) throws IOException {
    Set<String> queries = new LinkedHashSet<>();
    collectExprs(JSON.readTree(root.resolve("dashboards").resolve(file).toFile()), queries);
    return queries;
  }

  /** A series of Prometheus' own metrics, e.g. {@code prometheus_notifications_dropped_total}. */
  private static final Pattern PROMETHEUS_OWN = Pattern.compile("\\bprometheus_\\w+");

  /** A series of the services: a schema metric or a series recorded from them. */
  private static final Pattern SERVICES_SERIES = Pattern.compile("\\bmastertrade_|\\w:\\w");

  /**
   * The expressions the stack's Prometheus can answer: on Prometheus 3.5 all but those over
   * Prometheus' own metrics (the Watchdog's runbook checks), since the stack's Prometheus scrapes
   * the six services, not itself; on 2.42, which runs without native histograms, those reading a
   * native histogram are left out too.
   */
  static Set<String> servedByTheStack(Path root) throws IOException {
    Set<String> queries = in(root);
    queries.removeIf(
        query -> PROMETHEUS_OWN.matcher(query).find() && !SERVICES_SERIES.matcher(query).find());
    if (!Stack.prometheus3()) {
      for (String query : List.copyOf(queries)) {
        if (readsNativeHistogram(root, query)) {
          queries.remove(query);
        }
      }
    }
    return queries;
  }

  /**
   * Whether {@code query} reads the native histogram of a schema metric: the metric's own series,
   * not its {@code _bucket}, {@code _count} or {@code _sum}. The metrics keeping one are those the
   * schema snapshot ({@code generated-docs/schema-snapshot.json}) marks {@code nativeHistogram}.
   */
  static boolean readsNativeHistogram(Path root, String query) throws IOException {
    for (JsonNode metric :
        JSON.readTree(root.resolve("generated-docs/schema-snapshot.json").toFile()).path("metrics")) {
      if (metric.path("nativeHistogram").asBoolean()) {
        String name = Pattern.quote(metric.path("name").asText());
        if (Pattern.compile("\\b" + name + "(?![\\w:])").matcher(query).find()) {
          return true;
        }
      }
    }
    return false;
  }

  private static void collectExprs(JsonNode node, Set<String> queries) {
    if (node.isObject()) {
      JsonNode expr = node.get("expr");
      if (expr != null && expr.isTextual() && !expr.asText().isBlank()) {
        queries.add(runnable(expr.asText()));
      }
    }
    node.forEach(child -> collectExprs(child, queries));
  }

  /** Grafana's interval variables as fixed ranges, other variables as "any value". */
  static String runnable(String expr) {
    String result =
        expr.trim()
            .replace("$__rate_interval", "1m")
            .replace("${__rate_interval}", "1m")
            .replace("$__interval", "1m")
            .replace("$__range", "5m");
    return VARIABLE_MATCHER.matcher(result).replaceAll("=~\".*\"");
  }

  private static List<Path> files(Path dir, String suffix) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(dir)) {
      return new ArrayList<>(list.filter(p -> p.toString().endsWith(suffix)).sorted().toList());
    }
  }
}
