package com.mastertrade.metrics.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The small schema with its dashboard, alert group, queries and scrape config each in a file of its
 * own, naming the schema: the same recorders and artifacts, byte for byte, as when they are nested
 * in it.
 */
class DeclarationFilesTest {
  private static final Compilation COMPILATION =
      Schemas.compile(
          Schemas.resource("schemas/split/ShopMetrics.java"),
          Schemas.resource("schemas/split/ShopScrape.java"),
          Schemas.resource("schemas/split/ShopQueries.java"),
          Schemas.resource("schemas/split/ShopAlerts.java"),
          Schemas.resource("schemas/split/OrdersDashboard.java"));

  @Test
  void compilesWithoutWarnings() {
    assertThat(COMPILATION).succeededWithoutWarnings();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "generated-docs/README.md",
        "generated-docs/orders.md",
        "generated-docs/build.md",
        "generated-docs/queries.md",
        "generated-docs/queries.promql",
        "dashboards/shop-orders.json",
        "alerts/shop.rules.yml",
        "alerts/shop.test.yml",
        "alerts/prometheus.yml",
        "artifacts.txt"
      })
  void writesTheSameArtifactsAsNestedDeclarations(String path) throws IOException {
    assertThat(COMPILATION)
        .generatedFile(StandardLocation.CLASS_OUTPUT, "metrics/shop/" + path)
        .contentsAsUtf8String()
        .isEqualTo(golden(path));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "PrometheusShopMetrics",
        "PrometheusShopMetricsOrders",
        "PrometheusShopMetricsBuild"
      })
  void generatesTheSameRecorders(String className) {
    assertThat(COMPILATION)
        .generatedSourceFile("com.example.shop." + className)
        .hasSourceEquivalentTo(Schemas.resource("golden/" + className + ".java"));
  }

  /**
   * Nested declarations come first, in source order, then those of files of their own by qualified
   * name, whatever order javac is given the files in.
   */
  @Test
  void ordersNestedDeclarationsFirstThenFilesByName() {
    Compilation compilation =
        Schemas.compile(
            dashboardFile("Zebra"),
            schemaWithNestedDashboards("Nested2", "Nested1"),
            dashboardFile("Aardvark"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedFile(StandardLocation.CLASS_OUTPUT, "metrics/shop/generated-docs/README.md")
        .contentsAsUtf8String()
        .containsMatch("(?s)nested2 .*nested1 .*aardvark .*zebra ");
  }

  private static JavaFileObject schemaWithNestedDashboards(String... names) {
    StringBuilder nested = new StringBuilder();
    for (String name : names) {
      nested.append(dashboard(name, "")).append("\n  interface ").append(name).append(" {}\n");
    }
    return JavaFileObjects.forSourceString(
        "com.example.shop.Shop",
        """
        package com.example.shop;

        import com.mastertrade.metrics.annotations.*;
        import com.mastertrade.metrics.runtime.*;

        @MetricsSchema(namespace = "shop")
        public interface Shop {
          @Category(title = "Orders", description = "Orders.", prefix = "orders")
          interface Orders {
            @Metric(help = "Orders placed")
            CounterRecorder placed();
          }
        %s}
        """
            .formatted(nested));
  }

  private static JavaFileObject dashboardFile(String name) {
    return JavaFileObjects.forSourceString(
        "com.example.shop." + name,
        "package com.example.shop;\n\nimport com.mastertrade.metrics.annotations.*;\n\n"
            + dashboard(name, "schema = Shop.class, ")
            + "\npublic interface "
            + name
            + " {}\n");
  }

  private static String dashboard(String name, String schema) {
    String id = name.toLowerCase(java.util.Locale.ROOT);
    return "@Dashboard(%suid = \"%s\", title = \"%s \", panels = @Panel(title = \"p\", expr = \"up\"))"
        .formatted(schema, id, id);
  }

  private static String golden(String path) throws IOException {
    try (InputStream in =
        DeclarationFilesTest.class.getResourceAsStream("/golden/artifacts/" + path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
