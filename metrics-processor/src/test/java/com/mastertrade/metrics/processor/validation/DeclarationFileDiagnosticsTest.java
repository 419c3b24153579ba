package com.mastertrade.metrics.processor.validation;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * Declarations on top-level types of their own, naming their schema: each way of naming no schema,
 * the wrong one, or one this compilation cannot take them for, is one error on the {@code schema =
 * ...} value (or the annotation, if it names none); and a schema javac resolves only in a later
 * round is waited for.
 */
class DeclarationFileDiagnosticsTest {
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
      Compilation compilation, JavaFileObject file, String message, String line) {
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(message).inFile(file).onLineContaining(line);
    assertThat(compilation.errors().get(0).getMessage(Locale.ROOT)).isEqualTo(message);
  }

  @Test
  void declarationNotNestedNamesNoSchema() {
    JavaFileObject loose = declaration("OrdersDashboard", dashboard(""));
    assertOnlyError(
        BrokenSchemas.compile(shop(""), loose).compilation(),
        loose,
        Message.DECLARATION_WITHOUT_SCHEMA.format("Dashboard", "OrdersDashboard", "Dashboard"),
        "@Dashboard(");
  }

  @Test
  void declarationNamesATypeThatIsNotASchema() {
    JavaFileObject wrong = declaration("OrdersDashboard", dashboard("String.class"));
    assertOnlyError(
        BrokenSchemas.compile(shop(""), wrong).compilation(),
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
        BrokenSchemas.compile(shop, other).compilation(),
        shop,
        Message.DECLARATION_SCHEMA_MISMATCH.format(
            "Dashboard", "Board", "Shop", "com.example.shop.Other", "Board"),
        "schema = Other.class");
  }

  @Test
  void declarationNamesASchemaCompiledElsewhere() {
    JavaFileObject elsewhere =
        declaration(
            "OrdersDashboard",
            dashboard("com.mastertrade.metrics.processor.validation.CompiledSchema.class"));
    assertOnlyError(
        BrokenSchemas.compile(elsewhere).compilation(),
        elsewhere,
        Message.DECLARATION_SCHEMA_NOT_COMPILED.format(
            "Dashboard", "OrdersDashboard", "CompiledSchema"),
        "schema = com.mastertrade.metrics.processor.validation.CompiledSchema.class");
  }

  @Test
  void declarationGeneratedAfterItsSchema() {
    SourceGenerator late =
        new SourceGenerator(
            "com.example.shop.LateDashboard",
            IMPORTS + dashboard("Shop.class") + "\npublic interface LateDashboard {}\n");
    Compilation compilation = BrokenSchemas.compileWith(late, shop("")).compilation();

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    Diagnostic<? extends JavaFileObject> error = compilation.errors().get(0);
    assertThat(error.getMessage(Locale.ROOT))
        .isEqualTo(Message.DECLARATION_AFTER_SCHEMA.format("Dashboard", "LateDashboard", "Shop"));
    assertThat(error.getSource().getName()).endsWith("LateDashboard.java");
    // The generated file's line 7 is "    schema = Shop.class,".
    assertThat(error.getLineNumber()).isEqualTo(7);
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
        BrokenSchemas.compile(shop, second).compilation(),
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
