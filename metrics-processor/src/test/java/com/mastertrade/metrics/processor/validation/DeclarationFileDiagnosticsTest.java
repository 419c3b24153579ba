package com.mastertrade.metrics.processor.validation;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import com.mastertrade.metrics.processor.MetricsSchemaProcessor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Declarations on top-level types of their own, naming their schema: each way of naming no schema,
 * the wrong one, or one this compilation cannot take them for, is one error on the {@code schema =
 * ...} value (or the annotation, if it names none); a schema javac resolves only in a later
 * round is waited for, and a declaration file generated in a later round than its schema is applied,
 * or with an error withholds the schema's artifacts.
 */
class DeclarationFileDiagnosticsTest {
  /** Where the dashboards go, for the tests that write them into a folder. */
  @TempDir Path folder;

  private static final String IMPORTS =
      """
      package com.example.shop;

      import com.mastertrade.metrics.annotations.*;
      import com.mastertrade.metrics.runtime.*;

      """;

  private static final String SHOP =
      IMPORTS
          + """
            @MetricsSchema(namespace = "shop")
            public interface Shop {
              @Category(title = "Orders", description = "Orders.", prefix = "orders")
              interface Orders {
                @Metric(help = "Orders placed")
                CounterRecorder placed();
              }
            %s
            }
            """;

  private static JavaFileObject shop(String nested) {
    return JavaFileObjects.forSourceString("com.example.shop.Shop", SHOP.formatted(nested));
  }

  private static JavaFileObject declaration(String name, String annotation) {
    return JavaFileObjects.forSourceString(
        "com.example.shop." + name, IMPORTS + annotation + "\npublic interface " + name + " {}\n");
  }

  private static String dashboard(String schema) {
    return "@Dashboard(\n"
        + (schema.isEmpty() ? "" : "    schema = " + schema + ",\n")
        + "    uid = \"shop-orders\",\n"
        + "    title = \"Orders\",\n"
        + "    panels = @Panel(title = \"Placed\", expr = \"sum(rate({Orders.placed}[5m]))\"))";
  }

  private static void assertOnlyError(
      BrokenSchemas.Result result, JavaFileObject file, String message, String line) {
    Compilation compilation = result.compilation();
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(message).inFile(file).onLineContaining(line);
    assertThat(compilation.errors().get(0).getMessage(Locale.ROOT)).isEqualTo(message);
    // The schema the rejected declaration was written for would lack it: none is generated.
    assertThat(result.generatedFiles()).isEmpty();
  }

  @Test
  void declarationNotNestedNamesNoSchema() {
    JavaFileObject loose = declaration("OrdersDashboard", dashboard(""));
    assertOnlyError(
        BrokenSchemas.compile(shop(""), loose),
        loose,
        Message.DECLARATION_WITHOUT_SCHEMA.format("Dashboard", "OrdersDashboard", "Dashboard"),
        "@Dashboard(");
  }

  @Test
  void declarationNamesATypeThatIsNotASchema() {
    JavaFileObject wrong = declaration("OrdersDashboard", dashboard("String.class"));
    assertOnlyError(
        BrokenSchemas.compile(shop(""), wrong),
        wrong,
        Message.DECLARATION_NOT_OF_A_SCHEMA.format(
            "Dashboard", "OrdersDashboard", "java.lang.String"),
        "schema = String.class");
  }

  @Test
  void nestedDeclarationNamesAnotherSchema() {
    JavaFileObject other =
        JavaFileObjects.forSourceString(
            "com.example.shop.Other",
            IMPORTS
                + """
                  @MetricsSchema(namespace = "other")
                  public interface Other {
                    @Category(title = "Orders", description = "Orders.", prefix = "orders")
                    interface Orders {
                      @Metric(help = "Orders placed")
                      CounterRecorder placed();
                    }
                  }
                  """);
    JavaFileObject shop = shop(dashboard("Other.class").indent(2) + "  interface Board {}");
    assertOnlyError(
        BrokenSchemas.compile(shop, other),
        shop,
        Message.DECLARATION_SCHEMA_MISMATCH.format(
            "Dashboard", "Board", "Shop", "com.example.shop.Other", "Board"),
        "schema = Other.class");
  }

  /**
   * One declaration of a file is rejected, the other names the schema: the schema would be
   * generated without the file's declarations, so no source, doc, dashboard or rule of it is.
   */
  @Test
  void schemaOfARejectedDeclarationFileGeneratesNothing() {
    JavaFileObject file =
        declaration(
            "OrdersMonitoring",
            "@ScrapeConfig(schema = Shop.class, targets = @ScrapeTarget(job = \"shop\", port = 1))\n"
                + dashboard(""));
    assertOnlyError(
        BrokenSchemas.compile(shop(""), file),
        file,
        Message.DECLARATION_WITHOUT_SCHEMA.format("Dashboard", "OrdersMonitoring", "Dashboard"),
        "@Dashboard(");
  }

  @Test
  void declarationNamesASchemaCompiledElsewhere() {
    JavaFileObject elsewhere =
        declaration(
            "OrdersDashboard",
            dashboard("com.mastertrade.metrics.processor.validation.CompiledSchema.class"));
    assertOnlyError(
        BrokenSchemas.compile(elsewhere),
        elsewhere,
        Message.DECLARATION_SCHEMA_NOT_COMPILED.format(
            "Dashboard", "OrdersDashboard", "CompiledSchema"),
        "schema = com.mastertrade.metrics.processor.validation.CompiledSchema.class");
  }

  /**
   * Another processor generates a declaration file in the second round, after the schema's
   * recorders are written: its dashboard joins the schema's own among the artifacts, which wait for
   * the last round.
   */
  @Test
  void declarationGeneratedAfterItsSchemaIsApplied() throws IOException {
    SourceGenerator late =
        new SourceGenerator(
            "com.example.shop.LateDashboard",
            IMPORTS + dashboard("Shop.class") + "\npublic interface LateDashboard {}\n");
    Compilation compilation = compileIntoFolder(late, ownDashboard());

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(folderFiles()).containsExactly("shop-orders.json", "shop-own.json");
    assertThat(Files.readString(folder.resolve("shop-orders.json")))
        .contains("rate(shop_orders_placed_total[5m])");
    assertThat(compilation)
        .generatedFile(
            StandardLocation.CLASS_OUTPUT, "metrics/shop/deploy/kubernetes/grafana-dashboards.yaml")
        .contentsAsUtf8String()
        .contains("shop-orders.json");
  }

  /**
   * The schema's own declarations are checked again with the late file, but a warning of theirs is
   * printed once.
   */
  @Test
  void aWarningIsNotRepeatedWhenADeclarationFileArrivesLater() throws IOException {
    SourceGenerator late =
        new SourceGenerator(
            "com.example.shop.LateDashboard",
            IMPORTS + dashboard("Shop.class") + "\npublic interface LateDashboard {}\n");
    JavaFileObject shop =
        shop(
            "  @Category(title = \"Legacy\", description = \"Legacy.\", prefix = \"legacy\")\n"
                + "  interface Legacy {\n"
                + "    @DeprecatedMetric(since = \"2.0\", reason = \"counted elsewhere\")\n"
                + "    @Metric(help = \"Open orders\")\n"
                + "    GaugeRecorder open();\n"
                + "  }\n"
                + "  @ExampleQueries(@Query(name = \"q\", description = \"d\","
                + " expr = \"sum({Legacy.open})\"))\n"
                + "  interface Queries {}");
    Compilation compilation = compileIntoFolder(late, shop);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation.warnings().get(0).getMessage(Locale.ROOT))
        .isEqualTo(
            Message.DEPRECATED_USE.format(
                "query 'q'", "{Legacy.open}", "2.0", "counted elsewhere", "stop using it"));
    assertThat(folderFiles()).containsExactly("shop-orders.json");
  }

  /**
   * A declaration file generated in the second round with an error: the error is on it, and no
   * artifact of its schema is written, in the class output or in a folder; the recorders, written
   * in the schema's round, are all that was generated.
   */
  @Test
  void declarationGeneratedAfterItsSchemaWithAnErrorWithholdsItsArtifacts() throws IOException {
    SourceGenerator late =
        new SourceGenerator(
            "com.example.shop.LateDashboard",
            IMPORTS
                + dashboard("Shop.class").replace("Orders.placed", "Orders.cancelled")
                + "\npublic interface LateDashboard {}\n");
    Compilation compilation = compileIntoFolder(late, ownDashboard());

    assertLateError(
        compilation,
        Message.UNKNOWN_METRIC.format(
            "panel 'Placed'",
            "Orders.cancelled",
            "the metrics of Orders are placed"),
        // The generated file's line 10 is the panel's expr.
        10);
    assertNoArtifacts();
  }

  /** A declaration file generated in the second round that names no schema withholds them too. */
  @Test
  void declarationGeneratedAfterItsSchemaNamingNoneWithholdsItsArtifacts() throws IOException {
    SourceGenerator late =
        new SourceGenerator(
            "com.example.shop.LateDashboard",
            IMPORTS + dashboard("") + "\npublic interface LateDashboard {}\n");
    Compilation compilation = compileIntoFolder(late, ownDashboard());

    assertLateError(
        compilation,
        Message.DECLARATION_WITHOUT_SCHEMA.format("Dashboard", "LateDashboard", "Dashboard"),
        // The generated file's line 6 is "@Dashboard(".
        6);
    assertNoArtifacts();
  }

  /** The schema with a dashboard of its own, {@code shop-own}. */
  private static JavaFileObject ownDashboard() {
    return shop(
        "  @Dashboard(uid = \"shop-own\", title = \"Own\",\n"
            + "      panels = @Panel(title = \"All\", expr = \"sum(rate({Orders.placed}[5m]))\"))\n"
            + "  interface Own {}");
  }

  /** The files the metrics processor created in the last {@link #compileIntoFolder}. */
  private FileRecordingProcessor recorded;

  private Compilation compileIntoFolder(SourceGenerator other, JavaFileObject... sources) {
    recorded = new FileRecordingProcessor(new MetricsSchemaProcessor());
    return Compiler.javac()
        .withProcessors(other, recorded)
        .withOptions("-Ametrics.dashboards=" + folder)
        .compile(sources);
  }

  private static void assertLateError(Compilation compilation, String message, long line) {
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    Diagnostic<? extends JavaFileObject> error = compilation.errors().get(0);
    assertThat(error.getMessage(Locale.ROOT)).isEqualTo(message);
    assertThat(error.getSource().getName()).endsWith("LateDashboard.java");
    assertThat(error.getLineNumber()).isEqualTo(line);
  }

  /** Only the recorders, written in the schema's round: no resource, nothing in the folder. */
  private void assertNoArtifacts() throws IOException {
    assertThat(recorded.created())
        .containsExactly(
            "com.example.shop.PrometheusShop",
            "com.example.shop.PrometheusShopSchema",
            "com.example.shop.PrometheusShopOrders");
    assertThat(folderFiles()).isEmpty();
  }

  /** The names of the files written into the dashboards folder. */
  private List<String> folderFiles() throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files
          .filter(Files::isRegularFile)
          .map(file -> file.getFileName().toString())
          .sorted()
          .toList();
    }
  }

  @Test
  void secondScrapeConfigInAFileOfItsOwn() {
    JavaFileObject second =
        declaration(
            "MoreTargets",
            "@ScrapeConfig(schema = Shop.class, targets = @ScrapeTarget(job = \"b\", port = 2))");
    JavaFileObject shop =
        shop(
            "  @ScrapeConfig(targets = @ScrapeTarget(job = \"a\", port = 1))\n"
                + "  interface Scrape {}");
    assertOnlyError(
        BrokenSchemas.compile(shop, second),
        second,
        Message.SECOND_SCRAPE_CONFIG.format("Shop", "Scrape"),
        "@ScrapeConfig(schema = Shop.class");
  }

  /** The schema is generated in the first round: its declaration waits for the second. */
  @Test
  void schemaGeneratedByAnotherProcessor() {
    SourceGenerator schema = new SourceGenerator("com.example.shop.Shop", SHOP.formatted(""));
    JavaFileObject board = declaration("OrdersDashboard", dashboard("Shop.class"));
    Compilation compilation = BrokenSchemas.compileWith(schema, board).compilation();

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedFile(StandardLocation.CLASS_OUTPUT, "metrics/shop/dashboards/shop-orders.json")
        .contentsAsUtf8String()
        .contains("rate(shop_orders_placed_total[5m])");
  }
}
