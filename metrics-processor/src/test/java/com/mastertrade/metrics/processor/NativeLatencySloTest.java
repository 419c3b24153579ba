package com.mastertrade.metrics.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A latency SLO on a histogram with classic buckets and a native histogram: written for Prometheus
 * 3.5 its SLI reads the native histogram ({@code histogram_count}, {@code histogram_fraction}),
 * and its burn-rate cases and production scenarios, whose native series take their layout from a
 * client_java histogram's observations, pass promtool 3.5 (promtool 2.42 cannot read native
 * histogram input), and the manifests' Prometheus turns native histograms on, without which 3.5
 * ingests none and the SLI is absent; written for 2.42 the same SLO reads the classic buckets and
 * passes promtool 2.42, and the feature stays off.
 */
class NativeLatencySloTest {
  private static final String SCHEMA =
      """
      package test;

      import com.mastertrade.metrics.annotations.*;
      import com.mastertrade.metrics.runtime.*;

      @MetricsSchema(namespace = "nat")
      public interface Natives {
        @Category(title = "Calls", description = "Calls.", prefix = "calls")
        interface Calls {
          @Metric(help = "Call time", unit = "seconds")
          @Buckets(value = {0.1, 0.25, 1}, kind = HistogramKind.BOTH)
          HistogramRecorder duration();
        }

        @ScrapeConfig(targets = @ScrapeTarget(job = "calls", port = 8080))
        interface Scrape {}

        @ServiceLevelObjectives(latency =
            @LatencySlo(name = "calls_fast", service = "calls", objective = 99,
                window = ComplianceWindow.DAYS_28,
                description = "Calls within 250 ms.",
                histogram = "Calls.duration", threshold = 0.25,
                runbook = @Runbook(meaning = "Calls are slow.", causes = "A cold cache",
                    checks = @RunbookCheck(description = "Calls",
                        expr = "histogram_count(sum(rate({Calls.duration}[5m])))"),
                    dashboards = "nat-slos")))
        interface Slos {}
      }
      """;

  private static final List<String> FILES =
      List.of(
          "slos.rules.yml",
          "slos.test.yml",
          "slos.scenarios.test.yml",
          "slos.long-scenarios.test.yml");

  @TempDir Path dir;

  @Test
  void onPrometheus3TheSliReadsTheNativeHistogram() throws Exception {
    Compilation compilation = compile("3.5");
    write(compilation);
    String rules = Files.readString(dir.resolve("slos.rules.yml"));
    assertThat(rules)
        .contains(
            "histogram_count(sum by (job) (rate(nat_calls_duration_seconds{job=\\\"calls\\\"}[5m])))"
                + " - histogram_fraction(0, 0.25, sum by (job)"
                + " (rate(nat_calls_duration_seconds{job=\\\"calls\\\"}[5m])))");
    assertThat(rules).contains("absent(nat_calls_duration_seconds{job=\\\"calls\\\"})");
    assertThat(rules).doesNotContain("_bucket");
    String scenarios = Files.readString(dir.resolve("slos.scenarios.test.yml"));
    // Good events in the bucket whose upper boundary is 0.25 (index -64 at schema 5), bad ones in
    // the next.
    assertThat(scenarios).contains("nat_calls_duration_seconds{job=\\\"calls\\\", instance=");
    assertThat(scenarios).contains("offset:-64}}");
    assertThat(features(compilation)).containsExactly("exemplar-storage", "native-histograms");
    Path promtool3 = PromtoolVersions.all().get(1);
    PromtoolVersions.passes(
        promtool3, dir, "check", "rules", "--lint=all", "--lint-fatal", "slos.rules.yml");
    PromtoolVersions.passes(
        promtool3,
        dir,
        "test",
        "rules",
        "slos.test.yml",
        "slos.scenarios.test.yml",
        "slos.long-scenarios.test.yml");
  }

  @Test
  void onPrometheus2TheSliReadsTheClassicBuckets() throws Exception {
    Compilation compilation = compile("2.42");
    write(compilation);
    String rules = Files.readString(dir.resolve("slos.rules.yml"));
    assertThat(rules).contains("nat_calls_duration_seconds_bucket{job=\\\"calls\\\", le=~");
    assertThat(rules).doesNotContain("histogram_fraction");
    assertThat(features(compilation)).containsExactly("exemplar-storage");
    Path promtool2 = PromtoolVersions.all().get(0);
    PromtoolVersions.passes(
        promtool2, dir, "check", "rules", "--lint=all", "--lint-fatal", "slos.rules.yml");
    PromtoolVersions.passes(promtool2, dir, "test", "rules", "slos.scenarios.test.yml");
  }

  private Compilation compile(String prometheus) {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new MetricsSchemaProcessor())
            .withOptions("-Ametrics.prometheus=" + prometheus)
            .compile(JavaFileObjects.forSourceString("test.Natives", SCHEMA));
    assertThat(compilation).succeeded();
    return compilation;
  }

  /** The feature flags of the manifests' {@code Prometheus} object. */
  private static List<String> features(Compilation compilation) throws Exception {
    String manifest =
        compilation
            .generatedFile(
                StandardLocation.CLASS_OUTPUT, "metrics/nat/deploy/kubernetes/prometheus.yaml")
            .orElseThrow()
            .getCharContent(true)
            .toString();
    List<String> features = new ArrayList<>();
    new ObjectMapper(new YAMLFactory())
        .readTree(manifest.replaceFirst("^---\n", ""))
        .at("/spec/enableFeatures")
        .forEach(feature -> features.add(feature.asText()));
    return features;
  }

  private void write(Compilation compilation) throws Exception {
    for (String file : FILES) {
      String text =
          compilation
              .generatedFile(StandardLocation.CLASS_OUTPUT, "metrics/nat/alerts/" + file)
              .orElseThrow()
              .getCharContent(true)
              .toString();
      Files.writeString(dir.resolve(file), text);
    }
  }
}
