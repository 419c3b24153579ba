package com.mastertrade.metrics.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * What the exemplar declarations do to Grafana's side: a latency panel asks for exemplars exactly
 * when its histogram carries them, the data sources link exemplars to Zipkin only when some metric
 * carries them, and the URL options reach both the file provisioning and the ConfigMap.
 */
class GrafanaDatasourcesAndExemplarsTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private static final String SCHEMA =
      """
      package test;

      import com.mastertrade.metrics.annotations.*;
      import com.mastertrade.metrics.runtime.HistogramRecorder;

      @MetricsSchema(namespace = "jobs")
      public interface JobMetrics {
        @Category(title = "Jobs", description = "Work done.")
        interface Jobs {
          @Metric(help = "Time to serve a request", unit = "seconds")
          @Buckets({0.1, 1})
          HistogramRecorder requestDuration();

          @Metric(help = "Time of a nightly batch", unit = "seconds", exemplars = Exemplars.OFF)
          @Buckets({1, 10})
          HistogramRecorder batchDuration();
        }

        @Dashboard(uid = "jobs", title = "Jobs", panels = {
          @Panel(title = "Request latency", unit = "s",
              expr = "histogram_quantile(0.99, sum by (le) (rate({Jobs.requestDuration:bucket}[5m])))"),
          @Panel(title = "Batch latency", unit = "s",
              expr = "histogram_quantile(0.99, sum by (le) (rate({Jobs.batchDuration:bucket}[5m])))"),
          @Panel(title = "Requests", unit = "reqps",
              expr = "sum(rate({Jobs.requestDuration:count}[5m]))")})
        interface Boards {}
      }
      """;

  @Test
  void latencyPanelsAskForExemplarsWhereTheHistogramCarriesThem() throws IOException {
    Compilation compilation = compile(SCHEMA);

    JsonNode panels = new ObjectMapper().readTree(file(compilation, "dashboards/jobs.json")).get("panels");
    assertThat(panels.get(0).at("/targets/0/exemplar").asBoolean(false)).isTrue();
    assertThat(panels.get(1).at("/targets/0").has("exemplar")).isTrue();
    assertThat(panels.get(1).at("/targets/0/exemplar").asBoolean(true)).isFalse();
    assertThat(panels.get(2).at("/targets/0").has("exemplar")).isFalse();
  }

  @Test
  void exemplarsLinkToTheZipkinOfTheOptionsInBothPlaces() throws IOException {
    Compilation compilation =
        compile(
            SCHEMA,
            "-Ametrics.grafana.prometheusUrl=https://prometheus.example/",
            "-Ametrics.grafana.zipkinUrl=https://zipkin.example:9411");

    JsonNode file =
        YAML.readTree(file(compilation, "deploy/grafana/provisioning/datasources/jobs.yaml"));
    JsonNode configMap =
        YAML.readTree(file(compilation, "deploy/kubernetes/grafana-datasources.yaml"));
    assertThat(configMap.at("/metadata/labels/grafana_datasource").asText()).isEqualTo("1");
    JsonNode mounted = YAML.readTree(configMap.at("/data/jobs.yaml").asText());
    for (JsonNode provisioning : List.of(file, mounted)) {
      assertThat(urls(provisioning))
          .containsExactly(
              "prometheus jobs-prometheus https://prometheus.example",
              "zipkin jobs-zipkin https://zipkin.example:9411")
          .inOrder();
      JsonNode destination =
          provisioning.at("/datasources/0/jsonData/exemplarTraceIdDestinations/0");
      assertThat(destination.get("name").asText()).isEqualTo("trace_id");
      assertThat(destination.get("datasourceUid").asText()).isEqualTo("jobs-zipkin");
    }
  }

  @Test
  void withoutOptionsTheFileReachesTheLocalStackAndTheConfigMapTheClusterServices()
      throws IOException {
    Compilation compilation = compile(SCHEMA);

    JsonNode file =
        YAML.readTree(file(compilation, "deploy/grafana/provisioning/datasources/jobs.yaml"));
    JsonNode configMap =
        YAML.readTree(file(compilation, "deploy/kubernetes/grafana-datasources.yaml"));
    assertThat(urls(file))
        .containsExactly(
            "prometheus jobs-prometheus http://127.0.0.1:9090",
            "zipkin jobs-zipkin http://127.0.0.1:9411");
    assertThat(urls(YAML.readTree(configMap.at("/data/jobs.yaml").asText())))
        .containsExactly(
            "prometheus jobs-prometheus http://prometheus-operated.jobs.svc:9090",
            "zipkin jobs-zipkin http://zipkin.jobs.svc:9411");
  }

  @Test
  void withoutExemplarsThereIsNoTraceDataSource() throws IOException {
    String withoutExemplars =
        SCHEMA.replace(
            "@Metric(help = \"Time to serve a request\", unit = \"seconds\")",
            "@Metric(help = \"Time to serve a request\", unit = \"seconds\","
                + " exemplars = Exemplars.OFF)");
    Compilation compilation = compile(withoutExemplars);

    JsonNode file =
        YAML.readTree(file(compilation, "deploy/grafana/provisioning/datasources/jobs.yaml"));
    assertThat(urls(file)).containsExactly("prometheus jobs-prometheus http://127.0.0.1:9090");
    assertThat(file.at("/datasources/0/jsonData").has("exemplarTraceIdDestinations")).isFalse();
  }

  private static List<String> urls(JsonNode provisioning) {
    List<String> urls = new ArrayList<>();
    for (JsonNode source : provisioning.get("datasources")) {
      urls.add(
          source.get("type").asText()
              + " "
              + source.get("uid").asText()
              + " "
              + source.get("url").asText());
    }
    return urls;
  }

  private static Compilation compile(String schema, String... options) {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new MetricsSchemaProcessor())
            .withOptions((Object[]) options)
            .compile(JavaFileObjects.forSourceString("test.JobMetrics", schema));
    assertThat(compilation).succeededWithoutWarnings();
    return compilation;
  }

  private static String file(Compilation compilation, String path) throws IOException {
    return compilation
        .generatedFile(StandardLocation.CLASS_OUTPUT, "metrics/jobs/" + path)
        .orElseThrow(() -> new AssertionError("no " + path))
        .getCharContent(true)
        .toString();
  }
}
