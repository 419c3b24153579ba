package com.mastertrade.metrics.processor.validation;

import static com.mastertrade.metrics.processor.validation.BrokenSchemas.assertOnlyError;
import static com.mastertrade.metrics.processor.validation.BrokenSchemas.file;
import static com.mastertrade.metrics.processor.validation.BrokenSchemas.schema;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The schema as a whole: interfaces, at least one category, a valid namespace and prefixes. */
class SchemaShapeDiagnosticsTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "public abstract class Shop { | a class",
        "public enum Shop { ;         | an enum",
        "public record Shop() {       | a record"
      })
  void schemaIsNotAnInterface(String declaration, String described) {
    assertOnlyError(
        file(
            """
            @MetricsSchema(namespace = "shop")
            %s
              @Category(title = "Orders", description = "Orders placed by customers.")
              interface Orders {
                @Metric(help = "Orders placed")
                CounterRecorder placed();
              }
            }
            """
                .formatted(declaration)),
        Message.NOT_AN_INTERFACE.format("MetricsSchema", "Shop", described),
        declaration);
  }

  @Test
  void categoryWithATypeParameter() {
    assertOnlyError(
        file(
            """
            @MetricsSchema(namespace = "shop")
            public interface Shop {
              @Category(title = "Orders", description = "Orders placed by customers.")
              interface Orders<T> {
                @Metric(help = "Orders placed")
                CounterRecorder placed();
              }
            }
            """),
        Message.GENERIC_CATEGORY.format("Orders", "T", "T"),
        "interface Orders<T>");
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
        Message.NOT_AN_INTERFACE.format("Category", "Orders", "a class"),
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

  @Test
  void categoryInheritsAMethodItDoesNotDeclare() {
    assertOnlyError(
        file(
            """
            @MetricsSchema(namespace = "shop")
            public interface Shop {
              interface Contract {
                CounterRecorder placed();
                CounterRecorder cancelled();
              }

              @Category(title = "Orders", description = "Orders placed by customers.")
              interface Orders extends Contract {
                @Override
                @Metric(help = "Orders placed")
                CounterRecorder placed();
              }
            }
            """),
        Message.UNDECLARED_INHERITED_METHOD.format("Orders", "Contract.cancelled()", "Orders"),
        "interface Orders extends Contract");
  }
}
