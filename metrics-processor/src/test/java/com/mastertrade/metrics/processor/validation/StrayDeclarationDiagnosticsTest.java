package com.mastertrade.metrics.processor.validation;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.mastertrade.metrics.processor.validation.BrokenSchemas.assertOnlyError;
import static com.mastertrade.metrics.processor.validation.BrokenSchemas.category;
import static com.mastertrade.metrics.processor.validation.BrokenSchemas.compile;
import static com.mastertrade.metrics.processor.validation.BrokenSchemas.file;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Declarations the processor cannot use where they stand are errors that say where they go, and
 * types the generated recorders cannot reach are errors too: nothing is dropped without a word.
 */
class StrayDeclarationDiagnosticsTest {
  @Test
  void categoryNestedInACategory() {
    assertOnlyError(
        category(
            """
            @Metric(help = "Orders placed")
            CounterRecorder placed();

            @Category(title = "Fills", description = "Fills.")
            interface Fills {
              @Metric(help = "Orders filled")
              CounterRecorder filled();
            }
            """),
        Message.DECLARATION_OUTSIDE_SCHEMA.format("Category", "Fills"),
        "@Category(title = \"Fills\", description = \"Fills.\")");
  }

  @Test
  void categoryInheritedFromASuperInterface() {
    JavaFileObject source =
        file(
            """
            @MetricsSchema(namespace = "shop")
            public interface Shop extends Base {
              @Category(title = "Orders", description = "Orders.")
              interface Orders {
                @Metric(help = "Orders placed")
                CounterRecorder placed();
              }
            }

            interface Base {
              @Category(title = "Fills", description = "Fills.")
              interface Fills {}
            }
            """);
    assertOnlyError(
        source,
        Message.DECLARATION_OUTSIDE_SCHEMA.format("Category", "Fills"),
        "@Category(title = \"Fills\", description = \"Fills.\")");
  }

  /** Beside the schema the schema is fine: it is generated, and the stray category reported. */
  @Test
  void categoryBesideTheSchema() {
    JavaFileObject source =
        file(
            """
            @MetricsSchema(namespace = "shop")
            public interface Shop {
              @Category(title = "Orders", description = "Orders.")
              interface Orders {
                @Metric(help = "Orders placed")
                CounterRecorder placed();
              }
            }

            @Category(title = "Fills", description = "Fills.")
            interface Fills {}
            """);
    Compilation compilation = compile(source).compilation();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(Message.DECLARATION_OUTSIDE_SCHEMA.format("Category", "Fills"))
        .inFile(source)
        .onLineContaining("@Category(title = \"Fills\", description = \"Fills.\")");
  }

  @Test
  void metricOnTheSchemaInterface() {
    assertOnlyError(
        file(
            """
            @MetricsSchema(namespace = "shop")
            public interface Shop {
              @Metric(help = "Orders placed")
              CounterRecorder placed();

              @Category(title = "Orders", description = "Orders.")
              interface Orders {
                @Metric(help = "Orders filled")
                CounterRecorder filled();
              }
            }
            """),
        Message.METRIC_OUTSIDE_CATEGORY.format("Shop.placed()"),
        "@Metric(help = \"Orders placed\")");
  }

  @Test
  void privateSchemaInAClass() {
    JavaFileObject source =
        file(
            """
            public final class Shop {
              @MetricsSchema(namespace = "shop")
              private interface Metrics {
                @Category(title = "Orders", description = "Orders.")
                interface Orders {
                  @Metric(help = "Orders placed")
                  CounterRecorder placed();
                }
              }
            }
            """);
    assertOnlyError(
        source,
        Message.NOT_ACCESSIBLE.format("interface", "Metrics", "com.example.shop"),
        "private interface Metrics");
  }

  @Test
  void privateLabelEnum() {
    JavaFileObject source =
        file(
            """
            public final class Shop {
              private enum Venue { A, B }

              @MetricsSchema(namespace = "shop")
              interface Metrics {
                @Category(title = "Orders", description = "Orders.")
                interface Orders {
                  @Metric(help = "Orders placed")
                  CounterRecorder placed(Venue venue);
                }
              }
            }
            """);
    assertOnlyError(
        source,
        Message.NOT_ACCESSIBLE.format("enum", "Venue", "com.example.shop"),
        "CounterRecorder placed(Venue venue);");
  }
}
