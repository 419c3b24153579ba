package com.mastertrade.metrics.processor.validation;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.mastertrade.metrics.processor.validation.BrokenSchemas.category;
import static com.mastertrade.metrics.processor.validation.BrokenSchemas.compile;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** How a broken schema is reported as a whole: every error at once, and nothing generated. */
class ErrorReportingTest {
  /**
   * The negative tests' schema, once right: it compiles and generates, so their checks mean
   * something.
   */
  @Test
  void correctSchemaGenerates() {
    BrokenSchemas.Result result =
        compile(
            category(
                """
                @Metric(help = "Orders placed")
                CounterRecorder placed(Side side);
                """));

    assertThat(result.compilation()).succeededWithoutWarnings();
    assertThat(result.generatedFiles())
        .containsExactly(
            "com.example.shop.PrometheusShop",
            "com.example.shop.PrometheusShopOrders",
            "com.example.shop.PrometheusShopSchema",
            "/META-INF/services/com.mastertrade.metrics.runtime.GeneratedSchema",
            "/metrics/shop/generated-docs/README.md",
            "/metrics/shop/generated-docs/orders.md",
            "/metrics/shop/generated-docs/queries.md",
            "/metrics/shop/generated-docs/queries.promql",
            "/metrics/shop/generated-docs/schema-snapshot.json",
            "/metrics/shop/artifacts.txt");
  }

  @Test
  void reportsEveryErrorOfASchemaInOneCompilation() {
    JavaFileObject source =
        category(
            """
            @Metric(
                help = "Orders placed",
                name = "orders-placed")
            CounterRecorder placed(
                @Label("le")
                Side side);

            @Metric(
                help = "When the last order was filled",
                unit = "milliseconds")
            GaugeRecorder lastFill();

            @Metric(help = "Time to fill an order", unit = "seconds")
            @Buckets({0.5, 0.1})
            HistogramRecorder fillTime(
                String symbol);

            CounterRecorder cancelled();
            """);
    BrokenSchemas.Result result = compile(source);
    Compilation compilation = result.compilation();

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(6);
    assertThat(compilation)
        .hadErrorContaining(Message.INVALID_METRIC_NAME.format("orders-placed", "orders_placed"))
        .inFile(source)
        .onLineContaining("name = \"orders-placed\"");
    assertThat(compilation)
        .hadErrorContaining(
            Message.RESERVED_LABEL_NAME.format("le", "histogram bucket bound", "le_value"))
        .inFile(source)
        .onLineContaining("@Label(\"le\")");
    assertThat(compilation)
        .hadErrorContaining(Message.NOT_BASE_UNIT.format("milliseconds", "seconds", "seconds"))
        .inFile(source)
        .onLineContaining("unit = \"milliseconds\"");
    assertThat(compilation)
        .hadErrorContaining(
            Message.BUCKETS_NOT_INCREASING.format("Orders.fillTime()", "0.1", "0.5"))
        .inFile(source)
        .onLineContaining("@Buckets({0.5, 0.1})");
    assertThat(compilation)
        .hadErrorContaining(Message.UNBOUNDED_OPEN_LABEL.format("symbol"))
        .inFile(source)
        .onLineContaining("String symbol");
    assertThat(compilation)
        .hadErrorContaining(Message.MISSING_METRIC_ANNOTATION.format("Orders.cancelled()"))
        .inFile(source)
        .onLineContaining("CounterRecorder cancelled();");
    assertThat(result.generatedFiles()).isEmpty();
  }

  @Test
  void brokenSchemaDoesNotStopAnother() {
    JavaFileObject broken =
        category(
            """
            @Metric(
                help = " ")
            CounterRecorder placed();
            """);
    JavaFileObject correct =
        JavaFileObjects.forSourceString(
            "com.example.stock.Stock",
            """
            package com.example.stock;

            import com.mastertrade.metrics.annotations.Category;
            import com.mastertrade.metrics.annotations.Metric;
            import com.mastertrade.metrics.annotations.MetricsSchema;
            import com.mastertrade.metrics.runtime.GaugeRecorder;

            @MetricsSchema(namespace = "stock")
            public interface Stock {
              @Category(title = "Items", description = "Items in stock.")
              interface Items {
                @Metric(help = "Items in stock")
                GaugeRecorder available();
              }
            }
            """);
    BrokenSchemas.Result result = compile(broken, correct);

    assertThat(result.compilation()).hadErrorCount(1);
    assertThat(result.compilation())
        .hadErrorContaining(Message.EMPTY_HELP.format("Orders.placed()"))
        .inFile(broken)
        .onLineContaining("help = \" \"");
    assertThat(result.generatedFiles())
        .containsExactly(
            "com.example.stock.PrometheusStock",
            "com.example.stock.PrometheusStockItems",
            "com.example.stock.PrometheusStockSchema",
            "/META-INF/services/com.mastertrade.metrics.runtime.GeneratedSchema",
            "/metrics/stock/generated-docs/README.md",
            "/metrics/stock/generated-docs/items.md",
            "/metrics/stock/generated-docs/queries.md",
            "/metrics/stock/generated-docs/queries.promql",
            "/metrics/stock/generated-docs/schema-snapshot.json",
            "/metrics/stock/artifacts.txt");
  }

  /**
   * A hand-written type in the way of a generated one is the user's to fix, not an internal error.
   */
  @Test
  void generatedTypeAlreadyExists() {
    JavaFileObject schema =
        category(
            """
            @Metric(help = "Orders placed")
            CounterRecorder placed();
            """);
    JavaFileObject inTheWay =
        JavaFileObjects.forSourceString(
            "com.example.shop.PrometheusShopOrders",
            "package com.example.shop; public class PrometheusShopOrders {}");
    Compilation compilation = compile(schema, inTheWay).compilation();

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            Message.GENERATED_TYPE_EXISTS.format("com.example.shop.PrometheusShopOrders", "Orders"))
        .inFile(schema)
        .onLineContaining("interface Orders {");
  }
}
