package com.mastertrade.metrics.processor.scrape;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import com.mastertrade.metrics.processor.MetricsSchemaProcessor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A schema with a native-only and a classic-and-native histogram: the recorders keep what each
 * declares, and the scrape config and ServiceMonitors make Prometheus 3.5 ask for protobuf first
 * and keep the classic buckets, which its own promtool accepts; for Prometheus 2.42, which has
 * neither setting, they are left out.
 */
class NativeHistogramScrapingTest {
  private static final String ROOT = "metrics/shop/";

  private static final JavaFileObject SCHEMA =
      JavaFileObjects.forSourceString(
          "test.Shop",
          """
          package test;

          import com.mastertrade.metrics.annotations.*;
          import com.mastertrade.metrics.runtime.*;

          @MetricsSchema(namespace = "shop")
          public interface Shop {
            @Category(title = "Orders", description = "Orders.", prefix = "orders")
            interface Orders {
              @Metric(help = "Fill time", unit = "seconds")
              @Buckets(kind = HistogramKind.NATIVE, nativeInitialSchema = 3)
              HistogramRecorder fillDuration();

              @Metric(help = "Match time", unit = "seconds")
              @Buckets(value = {0.1, 1}, kind = HistogramKind.BOTH, nativeMaxBuckets = 100)
              HistogramRecorder matchDuration();

              @Metric(help = "Queue time", unit = "seconds")
              @Buckets({0.1, 1})
              HistogramRecorder queueDuration();
            }

            @ScrapeConfig(targets = @ScrapeTarget(job = "shop", port = 8080))
            interface Scrape {}
          }
          """);

  @TempDir Path folder;

  private static Compilation compile(String... options) {
    Compilation compilation =
        Compiler.javac().withProcessors(new MetricsSchemaProcessor()).withOptions(options)
            .compile(SCHEMA);
    assertThat(compilation).succeededWithoutWarnings();
    return compilation;
  }

  private static String file(Compilation compilation, String path) throws IOException {
    return compilation
        .generatedFile(StandardLocation.CLASS_OUTPUT, ROOT + path)
        .orElseThrow()
        .getCharContent(false)
        .toString();
  }

  @Test
  void recordersKeepTheDeclaredHistograms() throws IOException {
    String orders =
        compile()
            .generatedSourceFile("test.PrometheusShopOrders")
            .orElseThrow()
            .getCharContent(false)
            .toString();
    assertThat(builderOf(orders, "orders_fill_duration"))
        .containsMatch("(?s)\\.nativeOnly\\(\\)\\s*\\.nativeInitialSchema\\(3\\)");
    assertThat(builderOf(orders, "orders_fill_duration")).doesNotContain("classic");
    assertThat(builderOf(orders, "orders_match_duration"))
        .containsMatch("(?s)classicUpperBounds\\(0.1, 1.0\\)\\s*\\.nativeMaxNumberOfBuckets\\(100\\)");
    assertThat(builderOf(orders, "orders_match_duration")).doesNotContain("Only()");
    assertThat(builderOf(orders, "orders_queue_duration")).contains(".classicOnly()");
  }

  /** The builder chain of one metric in the generated source. */
  private static String builderOf(String source, String name) {
    int at = source.indexOf(".name(\"shop_" + name);
    assertThat(at).isAtLeast(0);
    return source.substring(at, source.indexOf(".register(", at));
  }

  @Test
  void prometheus3AsksForProtobufFirstAndKeepsClassicBuckets() throws Exception {
    Compilation compilation = compile();
    JsonNode config = yaml(file(compilation, "alerts/prometheus.yml"));
    List<String> protocols = new ArrayList<>();
    config.at("/global/scrape_protocols").forEach(p -> protocols.add(p.asText()));
    assertThat(protocols).containsExactly(
        "PrometheusProto", "OpenMetricsText1.0.0", "OpenMetricsText0.0.1", "PrometheusText0.0.4")
        .inOrder();
    assertThat(config.at("/global/always_scrape_classic_histograms").asBoolean()).isTrue();
    JsonNode monitor = yaml(file(compilation, "deploy/kubernetes/service-monitors.yaml"));
    assertThat(monitor.at("/spec/scrapeProtocols/0").asText()).isEqualTo("PrometheusProto");
    assertThat(monitor.at("/spec/scrapeClassicHistograms").asBoolean()).isTrue();
    promtoolCheckConfig(file(compilation, "alerts/prometheus.yml"));
  }

  @Test
  void prometheus2GetsNeitherSetting() throws IOException {
    String config = file(compile("-Ametrics.prometheus=2.42"), "alerts/prometheus.yml");
    assertThat(config).doesNotContain("scrape_protocols");
    assertThat(config).doesNotContain("always_scrape_classic_histograms");
  }

  private static JsonNode yaml(String text) throws IOException {
    return new ObjectMapper(new YAMLFactory()).readTree(text);
  }

  /** promtool 3.5 (scripts/fetch-prometheus-lts.sh) reads the settings. */
  private void promtoolCheckConfig(String config) throws Exception {
    Path file = Files.writeString(folder.resolve("prometheus.yml"), config);
    Path promtool = promtool3();
    Process process =
        new ProcessBuilder(promtool.toString(), "check", "config", file.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(output).contains("SUCCESS");
    assertThat(process.exitValue()).isEqualTo(0);
  }

  private static Path promtool3() {
    String env = System.getenv("PROMTOOL_3");
    if (env != null) {
      return Path.of(env);
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("tools/prometheus-3.5/bin/promtool");
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    throw new AssertionError(
        "promtool 3.5 not found: run scripts/fetch-prometheus-lts.sh, or set PROMTOOL_3");
  }
}
