package com.mastertrade.metrics.processor.validation;

import static com.mastertrade.metrics.processor.validation.BrokenSchemas.assertOnlyError;
import static com.mastertrade.metrics.processor.validation.BrokenSchemas.file;
import static com.mastertrade.metrics.processor.validation.BrokenSchemas.schema;

import org.junit.jupiter.api.Test;

/** The schema as a whole: interfaces, at least one category, a valid namespace and prefixes. */
class SchemaShapeDiagnosticsTest {
  @Test
  void schemaIsAClass() {
    assertOnlyError(
        file(
            """
            @MetricsSchema(namespace = "shop")
            public abstract class Shop {
              @Category(title = "Orders", description = "Orders placed by customers.")
              interface Orders {
                @Metric(help = "Orders placed")
                CounterRecorder placed();
              }
            }
            """),
        Message.NOT_AN_INTERFACE.format("MetricsSchema", "Shop", "class"),
        "public abstract class Shop");
  }

  @Test
  void categoryIsAClass() {
    assertOnlyError(
        file(
            """
            @MetricsSchema(namespace = "shop")
            public interface Shop {
              @Category(title = "Orders", description = "Orders placed by customers.")
              abstract class Orders {
                @Metric(help = "Orders placed")
                abstract CounterRecorder placed();
              }
            }
            """),
        Message.NOT_AN_INTERFACE.format("Category", "Orders", "class"),
        "abstract class Orders");
  }

  @Test
  void noCategory() {
    assertOnlyError(
        file(
            """
            @MetricsSchema(namespace = "shop")
            public interface Shop {
              interface Orders {
                @Metric(help = "Orders placed")
                CounterRecorder placed();
              }
            }
            """),
        Message.NO_CATEGORIES.format("Shop"),
        "public interface Shop");
  }

  @Test
  void invalidNamespace() {
    assertOnlyError(
        schema(
            """
            @MetricsSchema(
                namespace = "master-trade")\
            """,
            """
            @Metric(help = "Orders placed")
            CounterRecorder placed();
            """),
        Message.INVALID_NAMESPACE.format("master-trade", "master_trade"),
        "namespace = \"master-trade\"");
  }

  @Test
  void invalidCategoryPrefix() {
    assertOnlyError(
        file(
            """
            @MetricsSchema(namespace = "shop")
            public interface Shop {
              @Category(
                  title = "Order book",
                  description = "The open orders.",
                  prefix = "order-book")
              interface OrderBook {
                @Metric(help = "Open orders")
                GaugeRecorder open();

                @Metric(help = "Orders matched")
                CounterRecorder matched();
              }
            }
            """),
        Message.INVALID_CATEGORY_PREFIX.format("order-book", "order_book"),
        "prefix = \"order-book\"");
  }
}
