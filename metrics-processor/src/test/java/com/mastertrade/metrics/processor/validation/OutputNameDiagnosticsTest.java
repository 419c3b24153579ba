package com.mastertrade.metrics.processor.validation;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.mastertrade.metrics.processor.validation.BrokenSchemas.assertOnlyError;
import static com.mastertrade.metrics.processor.validation.BrokenSchemas.file;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * The files a schema writes are checked before any is written: names that are one file on macOS and
 * Windows, names too long for a file system, a namespace two schemas share, a file another
 * processor wrote. Each is an error on the declaration the name comes from.
 */
class OutputNameDiagnosticsTest {
  @Test
  void categoriesWhoseFilesDifferOnlyInCase() {
    assertOnlyError(
        file(
            """
            @MetricsSchema(namespace = "shop")
            public interface Shop {
              @Category(title = "Orders", description = "Orders.", prefix = "a")
              interface Orders {
                @Metric(help = "Orders placed")
                CounterRecorder placed();
              }

              @Category(title = "More orders", description = "Orders.", prefix = "b")
              interface orders {
                @Metric(help = "Orders placed")
                CounterRecorder placed();
              }
            }
            """),
        Message.FILE_NAME_COLLISION.format(
            "category orders", "com/example/shop/PrometheusShoporders.java", "category Orders"),
        "interface orders");
  }

  @Test
  void categoryPageNamedLikeTheQueriesPage() {
    assertOnlyError(
        file(
            """
            @MetricsSchema(namespace = "shop")
            public interface Shop {
              @Category(title = "Queries", description = "Queries run.")
              interface Queries {
                @Metric(help = "Queries run")
                CounterRecorder run();
              }
            }
            """),
        Message.FILE_NAME_COLLISION.format(
            "category Queries",
            "metrics/shop/generated-docs/queries.md",
            "another file of the schema"),
        "interface Queries");
  }

  @Test
  void namespaceTooLongForAFileName() {
    String namespace = "n".repeat(300);
    assertOnlyError(
        file(
            """
            @MetricsSchema(namespace = "%s")
            public interface Shop {
              @Category(title = "Orders", description = "Orders.")
              interface Orders {
                @Metric(help = "Orders placed")
                CounterRecorder placed();
              }
            }
            """
                .formatted(namespace)),
        Message.FILE_NAME_TOO_LONG.format("schema Shop", 300, 255),
        "namespace = \"nnn");
  }

  @Test
  void twoSchemasOfOneNamespace() {
    JavaFileObject first = schemaNamed("Shop", "shop");
    JavaFileObject second = schemaNamed("Store", "shop");
    Compilation compilation = BrokenSchemas.compile(first, second).compilation();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(Message.NAMESPACE_TAKEN.format("shop", "com.example.shop.Shop", "shop"))
        .inFile(second)
        .onLineContaining("namespace = \"shop\"");
  }

  @Test
  void fileAnotherProcessorWrote() {
    JavaFileObject source = schemaNamed("Shop", "shop");
    Compilation compilation = BrokenSchemas.compileWith(new ReadmeWriter(), source).compilation();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            Message.GENERATED_FILE_EXISTS.format(
                "metrics/shop/generated-docs/README.md", "com.example.shop.Shop"))
        .inFile(source)
        .onLineContaining("public interface Shop");
    assertThat(compilation.errors().get(0).getMessage(null)).doesNotContain("[Internal]");
  }

  private static JavaFileObject schemaNamed(String name, String namespace) {
    return JavaFileObjects.forSourceString(
        "com.example.shop." + name,
        """
        package com.example.shop;

        import com.mastertrade.metrics.annotations.*;
        import com.mastertrade.metrics.runtime.*;

        @MetricsSchema(namespace = "%s")
        public interface %s {
          @Category(title = "Orders", description = "Orders.")
          interface Orders {
            @Metric(help = "Orders placed")
            CounterRecorder placed();
          }
        }
        """
            .formatted(namespace, name));
  }

  /** Writes the docs index of namespace shop before the metrics processor runs. */
  private static final class ReadmeWriter extends AbstractProcessor {
    private boolean done;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!done) {
        done = true;
        try (Writer writer =
            processingEnv
                .getFiler()
                .createResource(
                    StandardLocation.CLASS_OUTPUT, "", "metrics/shop/generated-docs/README.md")
                .openWriter()) {
          writer.write("not the processor's\n");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }
}
