package com.mastertrade.metrics.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Latency SLOs whose thresholds client_java writes in exponent notation ({@code 5.0E-4}, {@code
 * 1.0E7}) and Prometheus 3 stores in Go's ({@code 0.0005}, {@code 1e+07}): the generated scenarios,
 * whose series client_java's text format spells, and the burn-rate cases, which alternate the
 * bound's other spellings, pass on promtool 2.42 and 3.5. A rule that matched one spelling only
 * would count no good event, and the outage and no-traffic scenarios would fail.
 */
class SloBoundSpellingsTest {
  private static final String SCHEMA =
      """
      package test;

      import com.mastertrade.metrics.annotations.*;
      import com.mastertrade.metrics.runtime.*;

      @MetricsSchema(namespace = "spell")
      public interface Spellings {
        @Category(title = "Calls", description = "Calls.", prefix = "calls")
        interface Calls {
          @Metric(help = "Lookup time", unit = "seconds")
          @Buckets({0.0001, 0.0005, 0.01})
          HistogramRecorder lookupDuration();

          @Metric(help = "Response size", unit = "bytes")
          @Buckets({1e6, 1e7, 1e8})
          HistogramRecorder responseSize();
        }

        @ScrapeConfig(targets = @ScrapeTarget(job = "calls", port = 8080))
        interface Scrape {}

        @ServiceLevelObjectives(latency = {
            @LatencySlo(name = "lookups", service = "calls", objective = 99.9,
                description = "Lookups within half a millisecond.",
                histogram = "Calls.lookupDuration", threshold = 0.0005,
                runbook = @Runbook(meaning = "Lookups are slow.", causes = "A cold cache",
                    checks = @RunbookCheck(description = "Lookups", expr = "sum({Calls.lookupDuration:count})"),
                    dashboards = "spell-slos")),
            @LatencySlo(name = "small_responses", service = "calls", objective = 99,
                window = ComplianceWindow.DAYS_28,
                description = "Responses of at most 10 MB.",
                histogram = "Calls.responseSize", threshold = 1e7,
                runbook = @Runbook(meaning = "Responses are large.", causes = "Unbounded queries",
                    checks = @RunbookCheck(description = "Sizes", expr = "sum({Calls.responseSize:count})"),
                    dashboards = "spell-slos"))})
        interface Slos {}
      }
      """;

  @TempDir Path dir;

  @Test
  void exponentBoundsCountGoodEventsOnBothPromtools() throws Exception {
    Compilation compilation =
        Schemas.compile(JavaFileObjects.forSourceString("test.Spellings", SCHEMA));
    assertThat(compilation).succeeded();
    List<String> files =
        List.of("slos.rules.yml", "slos.test.yml", "slos.scenarios.test.yml");
    for (String file : files) {
      String text =
          compilation
              .generatedFile(StandardLocation.CLASS_OUTPUT, "metrics/spell/alerts/" + file)
              .orElseThrow()
              .getCharContent(true)
              .toString();
      Files.writeString(dir.resolve(file), text);
    }
    String scenarios = Files.readString(dir.resolve("slos.scenarios.test.yml"));
    assertThat(scenarios).contains("le=\\\"5.0E-4\\\"");
    assertThat(scenarios).contains("le=\\\"1.0E7\\\"");
    String cases = Files.readString(dir.resolve("slos.test.yml"));
    assertThat(cases).contains("le=\\\"1e+07\\\"");
    assertThat(cases).contains("le=\\\"0.0005\\\"");
    for (Path promtool : PromtoolVersions.all()) {
      PromtoolVersions.passes(promtool, dir, "check", "rules", "--lint=all", "--lint-fatal", "slos.rules.yml");
      PromtoolVersions.passes(promtool, dir, "test", "rules", "slos.scenarios.test.yml", "slos.test.yml");
    }
  }
}
