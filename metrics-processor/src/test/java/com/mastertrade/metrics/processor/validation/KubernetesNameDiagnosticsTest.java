package com.mastertrade.metrics.processor.validation;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import com.mastertrade.metrics.processor.MetricsSchemaProcessor;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Names whose Kubernetes objects still meet (one spelled as the other's hashed DNS-1123 form), a
 * dashboard too large for its ConfigMap, and a second alert routing: each one error on the
 * declaration that comes second.
 */
class KubernetesNameDiagnosticsTest {
  private static final String SCHEMA =
      """
      package test;

      import com.mastertrade.metrics.annotations.*;
      import com.mastertrade.metrics.runtime.*;

      @MetricsSchema(namespace = "t")
      public interface Bad {
        @Category(title = "Orders", description = "Orders.", prefix = "orders")
        interface Orders {
          @Metric(help = "Orders placed")
          CounterRecorder placed();
        }

        @ScrapeConfig(targets = {
            @ScrapeTarget(job = "shop", port = 8080), @ScrapeTarget(job = "%s", port = 8081)})
        interface Scrape {}

      %s
      }
      """;

  private static final String GROUP =
      """
        @AlertGroup(name = "%s", alerts = @Alert(name = "%s", expr = "up == 0",
            severity = Severity.CRITICAL, summary = "s", description = "d",
            test = @AlertTest(series = @TestSeries(series = "up{job=\\"shop\\"}",
                firing = "0x20", quiet = "1x20"), labels = "job=shop"),
            runbook = @Runbook(meaning = "m", causes = "c", dashboards = "board",
                checks = @RunbookCheck(description = "d", expr = "up == 0"))))
        interface %s {}
      """;

  private static final String BOARD =
      """
        @Dashboard(uid = "%s", title = "Board", panels = @Panel(title = "p", expr = "up"))
        interface %s {}
      """;

  private static JavaFileObject schema(String job, String declarations) {
    return JavaFileObjects.forSourceString("test.Bad", String.format(SCHEMA, job, declarations));
  }

  private static void assertError(JavaFileObject source, String message, String line) {
    Compilation compilation =
        Compiler.javac().withProcessors(new MetricsSchemaProcessor()).compile(source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(message).inFile(source).onLineContaining(line);
    assertThat(compilation.errors().get(0).getMessage(Locale.ROOT)).isEqualTo(message);
  }

  /** {@code shop_x} is not its DNS-1123 form, so its object is that form and a hash. */
  @Test
  void alertGroupSpelledAsAnotherGroupsHashedName() {
    assertError(
        schema(
            "alerts",
            GROUP.formatted("shop_x", "ShopXDown", "First")
                + GROUP.formatted("shop-x-fabfc333", "ShopYDown", "Second")
                + BOARD.formatted("board", "Board")),
        Message.KUBERNETES_NAME_COLLISION.format(
            "alert group 'shop-x-fabfc333'",
            "PrometheusRule",
            "shop-x-fabfc333-rules",
            "alert group 'shop_x'"),
        "@AlertGroup(name = \"shop-x-fabfc333\"");
  }

  @Test
  void jobSpelledAsAnotherJobsHashedName() {
    // The first job is spelled SHOP, whose object is shop-1ed8f074.
    assertError(
        JavaFileObjects.forSourceString(
            "test.Bad",
            String.format(SCHEMA, "shop_1ed8f074", BOARD.formatted("board", "Board"))
                .replace("job = \"shop\"", "job = \"SHOP\"")),
        Message.KUBERNETES_NAME_COLLISION.format(
            "scrape job 'shop_1ed8f074'", "ServiceMonitor", "shop-1ed8f074", "scrape job 'SHOP'"),
        "@ScrapeTarget(job = \"shop_1ed8f074\"");
  }

  @Test
  void dashboardSpelledAsAnotherDashboardsHashedName() {
    assertError(
        schema(
            "alerts",
            BOARD.formatted("orders_board", "A") + BOARD.formatted("orders-board-c924f878", "B")),
        Message.KUBERNETES_NAME_COLLISION.format(
            "dashboard 'orders-board-c924f878'",
            "ConfigMap",
            "dashboard-orders-board-c924f878",
            "dashboard 'orders_board'"),
        "@Dashboard(uid = \"orders-board-c924f878\"");
  }

  @Test
  void secondAlertRouting() {
    String routing =
        """
          @Alerting(receiverJob = "alerts", serviceDownAlert = "ShopDown",
              runbookBaseUrl = "https://runbooks.example/", dashboardBaseUrl = "https://g")
          interface %s {}
        """;
    assertError(
        schema(
            "alerts",
            GROUP.formatted("g", "ShopDown", "Alerts")
                + BOARD.formatted("board", "Board")
                + routing.formatted("Routing")
                + routing
                    .formatted("MoreRouting")
                    .replace("@Alerting(", "@com.mastertrade.metrics.annotations.Alerting(")),
        Message.SECOND_ALERTING.format("Bad", "Routing"),
        "@com.mastertrade.metrics.annotations.Alerting(");
  }

  @Test
  void dashboardLargerThanAConfigMapHolds() {
    StringBuilder panels = new StringBuilder();
    for (int i = 0; i < 18; i++) {
      panels
          .append(i == 0 ? "" : ",\n")
          .append("      @Panel(title = \"p")
          .append(i)
          .append("\", description = \"")
          .append("d".repeat(60_000))
          .append("\", expr = \"up\")");
    }
    JavaFileObject source =
        schema(
            "alerts",
            "  @Dashboard(uid = \"big\", title = \"Big\", panels = {\n" + panels + "})\n"
                + "  interface Big {}\n");

    Compilation compilation =
        Compiler.javac().withProcessors(new MetricsSchemaProcessor()).compile(source);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    String message = compilation.errors().get(0).getMessage(Locale.ROOT);
    String prefix = Message.DASHBOARD_TOO_LARGE.format("dashboard 'big'", 0, 0);
    assertThat(message).startsWith(prefix.substring(0, prefix.indexOf(" is ") + 4));
    assertThat(message)
        .endsWith(
            String.format(
                Locale.ROOT,
                "more than the %,d its Kubernetes ConfigMap can hold (1 MiB per object): split its"
                    + " panels over two dashboards",
                1024 * 1024 - 8 * 1024));
    assertThat(compilation)
        .hadErrorContaining("[DashboardSize]")
        .inFile(source)
        .onLineContaining("@Dashboard(uid = \"big\"");
  }
}
