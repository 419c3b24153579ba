package com.mastertrade.metrics.schema;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.mastertrade.metrics.runtime.http.HttpMethod;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed Grafana data source provisioning as Grafana and a person on call use it: Grafana's
 * published types accept it, its Prometheus data source turns the exemplars client_java writes
 * into links to a Zipkin data source of the same file, and the dashboards ask for exemplars on
 * exactly the latency panels whose histograms carry them.
 */
class GrafanaDatasourcesTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path FILE =
      ROOT.resolve("deploy/grafana/provisioning/datasources/mastertrade.yaml");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Pattern LATENCY =
      Pattern.compile("histogram_quantile\\(.*\\b(mastertrade_[a-z_]+?)(_bucket)?\\[");
  private static final Pattern EXEMPLAR_LABEL = Pattern.compile("([a-z_]+)=\"([0-9a-f]{32})\"");

  @TempDir Path work;

  @Test
  void grafanasTypesAcceptTheFile() throws Exception {
    Result result = typeCheck(FILE);

    assertWithMessage(result.output).that(result.exitCode).isEqualTo(0);
  }

  @Test
  void grafanasTypesRejectAFieldTheyDoNotHave() throws Exception {
    Path edited = work.resolve("edited.yaml");
    Files.writeString(edited, Files.readString(FILE).replace("httpMethod:", "httpMetod:"));

    Result result = typeCheck(edited);

    assertThat(result.exitCode).isNotEqualTo(0);
    assertThat(result.output).contains("'\"httpMetod\"' does not exist in type 'PromOptions'");
  }

  @Test
  void exemplarsOfARequestLinkToItsTraceInZipkin() throws IOException {
    JsonNode sources = YAML.readTree(FILE.toFile()).get("datasources");
    Map<String, JsonNode> byUid = new TreeMap<>();
    sources.forEach(source -> byUid.put(source.get("uid").asText(), source));
    JsonNode prometheus = only(sources, "prometheus");
    assertThat(prometheus.get("url").asText()).isEqualTo("http://127.0.0.1:9090");
    JsonNode destinations = prometheus.at("/jsonData/exemplarTraceIdDestinations");
    assertThat(destinations.size()).isEqualTo(1);
    JsonNode destination = destinations.get(0);
    JsonNode zipkin = byUid.get(destination.get("datasourceUid").asText());
    assertWithMessage("the data source %s names", destination).that(zipkin).isNotNull();
    assertThat(zipkin.get("type").asText()).isEqualTo("zipkin");
    assertThat(zipkin.get("url").asText()).isEqualTo("http://127.0.0.1:9411");

    // The label Grafana reads the trace id from is the one client_java writes it under.
    String traceId;
    PrometheusRegistry registry = new PrometheusRegistry();
    PrometheusMasterTradeMetrics metrics = PrometheusMasterTradeMetrics.register(registry);
    try (SdkTracerProvider tracing =
        SdkTracerProvider.builder().setSampler(Sampler.alwaysOn()).build()) {
      Span span = tracing.get("datasource-test").spanBuilder("GET /api/orders").startSpan();
      try (Scope ignored = span.makeCurrent()) {
        metrics.http().requestDuration(HttpMethod.POST, "/api/orders").observe(0.2);
      } finally {
        span.end();
      }
      traceId = span.getSpanContext().getTraceId();
    }
    List<String> labels = new ArrayList<>();
    Exposition.scrapeOpenMetrics(registry)
        .lines()
        .filter(line -> line.contains(" # {"))
        .forEach(
            line -> {
              Matcher label = EXEMPLAR_LABEL.matcher(line.substring(line.indexOf(" # {")));
              while (label.find()) {
                if (label.group(2).equals(traceId)) {
                  labels.add(label.group(1));
                }
              }
            });
    assertThat(labels).isNotEmpty();
    assertThat(labels).containsExactly(destination.get("name").asText());
  }

  @Test
  void latencyPanelsShowExemplarsWhereTheirHistogramsCarryThem() throws IOException {
    Map<String, Boolean> exemplarByHistogram = new TreeMap<>();
    try (var dashboards = Files.list(ROOT.resolve("dashboards"))) {
      for (Path dashboard : dashboards.sorted().toList()) {
        for (JsonNode panel : new ObjectMapper().readTree(dashboard.toFile()).get("panels")) {
          for (JsonNode target : panel.path("targets")) {
            String expr = target.get("expr").asText();
            // A schema histogram under histogram_quantile; recorded series carry no exemplars.
            Matcher histogram = LATENCY.matcher(expr);
            if (histogram.find()) {
              assertWithMessage("%s: %s", dashboard.getFileName(), expr)
                  .that(target.has("exemplar"))
                  .isTrue();
              exemplarByHistogram.put(histogram.group(1), target.get("exemplar").asBoolean());
            } else {
              assertWithMessage("%s: %s", dashboard.getFileName(), expr)
                  .that(target.has("exemplar"))
                  .isFalse();
            }
          }
        }
      }
    }
    // Served in requests: on. Run by the collectors' own schedule, outside a request: declared off.
    assertThat(exemplarByHistogram)
        .containsAtLeast(
            "mastertrade_http_request_duration_seconds", true,
            "mastertrade_data_collector_duration_seconds", false);
  }

  private static JsonNode only(JsonNode sources, String type) {
    List<JsonNode> found = new ArrayList<>();
    sources.forEach(
        source -> {
          if (source.get("type").asText().equals(type)) {
            found.add(source);
          }
        });
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private record Result(int exitCode, String output) {}

  private Result typeCheck(Path file) throws IOException, InterruptedException {
    Path output = work.resolve("check.out");
    Process process =
        new ProcessBuilder(
                "bash",
                ROOT.resolve("scripts/grafana-datasource-check/check-datasources.sh").toString(),
                file.toString())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    if (!process.waitFor(300, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("check-datasources.sh did not finish in 300 s");
    }
    return new Result(process.exitValue(), Files.readString(output));
  }
}
