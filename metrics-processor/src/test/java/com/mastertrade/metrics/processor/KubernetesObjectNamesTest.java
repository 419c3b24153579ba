package com.mastertrade.metrics.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import com.mastertrade.metrics.processor.fuzz.KubernetesChecks;
import com.mastertrade.metrics.processor.model.KubernetesNames;
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
 * Alert groups, scrape jobs and dashboard uids that the DNS-1123 form alone would fold into one
 * object, or into no name: each gets an object of its own, named within Kubernetes' limits, and the
 * manifests pass the published Kubernetes and Prometheus Operator schemas.
 */
class KubernetesObjectNamesTest {
  private static final String LONG_JOB = "payment_" + "x".repeat(70);

  private static final String SCHEMA =
      """
      package test;

      import com.mastertrade.metrics.annotations.*;
      import com.mastertrade.metrics.runtime.*;

      @MetricsSchema(namespace = "t")
      public interface Names {
        @Category(title = "Orders", description = "Orders.", prefix = "orders")
        interface Orders {
          @Metric(help = "Orders placed")
          CounterRecorder placed();
        }

        @ScrapeConfig(targets = {
            @ScrapeTarget(job = "shop_x", port = 8080), @ScrapeTarget(job = "shop-x", port = 8081),
            @ScrapeTarget(job = "___", port = 8082), @ScrapeTarget(job = "SHOP", port = 8083),
            @ScrapeTarget(job = "%s", port = 8084)})
        interface Scrape {}

      %s%s
        @Dashboard(uid = "board", title = "Board", panels = @Panel(title = "p", expr = "up"))
        interface Board {}

        @Dashboard(uid = "orders-board", title = "A", panels = @Panel(title = "p", expr = "up"))
        interface A {}

        @Dashboard(uid = "orders_board", title = "B", panels = @Panel(title = "p", expr = "up"))
        interface B {}
      }
      """;

  private static final String GROUP =
      """
        @AlertGroup(name = "%s", alerts = @Alert(name = "%s", expr = "up == 0",
            severity = Severity.CRITICAL, summary = "s", description = "d",
            test = @AlertTest(series = @TestSeries(series = "up{job=\\"shop_x\\"}",
                firing = "0x20", quiet = "1x20"), labels = "job=shop_x"),
            runbook = @Runbook(meaning = "m", causes = "c", dashboards = "board",
                checks = @RunbookCheck(description = "d", expr = "up == 0"))))
        interface %s {}
      """;

  @TempDir static Path out;

  private static Compilation compilation;

  @BeforeAll
  static void compile() {
    String source =
        SCHEMA.formatted(
            LONG_JOB,
            GROUP.formatted("shop_x", "ShopXDown", "First"),
            GROUP.formatted("shop-x", "ShopYDown", "Second"));
    compilation =
        Compiler.javac()
            .withProcessors(new MetricsSchemaProcessor())
            .withOptions("-Ametrics.artifacts=" + out)
            .compile(JavaFileObjects.forSourceString("test.Names", source));
  }

  @Test
  void givesEveryDeclarationAnObjectOfItsOwn() throws IOException {
    assertThat(compilation).succeededWithoutWarnings();

    assertThat(names("service-monitors.yaml", "ServiceMonitor"))
        .containsExactly(
            "shop-x",
            "shop-x-1b930386",
            "bda25155",
            "shop-1ed8f074",
            KubernetesNames.monitorObject(LONG_JOB))
        .inOrder();
    assertThat(names("prometheus-rules.yaml", "PrometheusRule"))
        .containsExactly("shop-x-fabfc333-rules", "shop-x-rules")
        .inOrder();
    assertThat(names("grafana-dashboards.yaml", "ConfigMap"))
        .containsExactly(
            "dashboard-board", "dashboard-orders-board", "dashboard-orders-board-c924f878")
        .inOrder();
  }

  @Test
  void keepsLongNamesWithinTheLabelLimit() {
    String name = KubernetesNames.monitorObject(LONG_JOB);

    assertThat(name.length()).isAtMost(KubernetesNames.MAX_LENGTH);
    assertThat(name).matches("payment-x+-[0-9a-f]{8}");
    assertThat(name).isNotEqualTo(KubernetesNames.monitorObject(LONG_JOB + "x"));
  }

  @Test
  void manifestsPassTheKubernetesAndOperatorSchemas() throws IOException {
    assertThat(compilation).succeededWithoutWarnings();

    assertThat(KubernetesChecks.check(out)).isEmpty();
  }

  /** The names of the objects of {@code kind} in one manifest file, in order. */
  private static List<String> names(String file, String kind) throws IOException {
    String manifest = Files.readString(out.resolve("deploy/kubernetes/" + file));
    Matcher object =
        Pattern.compile("(?m)^kind: " + kind + "\\n(?:.*\\n)*?  name: (.+)$").matcher(manifest);
    List<String> names = new ArrayList<>();
    while (object.find()) {
      names.add(object.group(1));
    }
    return names;
  }
}
