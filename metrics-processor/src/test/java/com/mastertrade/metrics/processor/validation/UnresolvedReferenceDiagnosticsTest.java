package com.mastertrade.metrics.processor.validation;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.mastertrade.metrics.processor.validation.BrokenSchemas.category;
import static com.mastertrade.metrics.processor.validation.BrokenSchemas.compile;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A schema that refers to a type or constant javac cannot resolve: javac's own error, one line
 * saying why nothing was generated, and never an internal error nor a misleading diagnostic.
 */
class UnresolvedReferenceDiagnosticsTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "@Metric(help = HELP)\nCounterRecorder placed();",
        "@Metric(help = \"Orders placed\")\n"
            + "CounterRecorder placed(@MaxValues(LIMIT) String symbol);",
        "@Metric(help = \"Fill time\", unit = \"seconds\")\n@Buckets({0.1, LIMIT})\n"
            + "HistogramRecorder fillTime();",
        "@Metric(help = \"Order value\")\n@Quantiles(value = {0.5}, maxAgeSeconds = LIMIT)\n"
            + "SummaryRecorder value();",
        "@Metric(help = \"Orders placed\")\nCounterRecorder placed(Venue venue);",
        "@Metric(help = \"Orders placed\")\nCounterRecord placed();"
      })
  void unresolvedReference(String members) {
    JavaFileObject source = category(members);
    BrokenSchemas.Result result = compile(source);
    Compilation compilation = result.compilation();

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(source);
    assertThat(compilation)
        .hadErrorContaining(Message.UNRESOLVED_REFERENCE.format("Shop"))
        .inFile(source)
        .onLineContaining("public interface Shop");
    assertThat(result.generatedFiles()).isEmpty();
  }

  /**
   * javac does not run processors after an error no later round can fix: its error is the only one.
   */
  @Test
  void unknownPreset() {
    JavaFileObject source =
        category(
            """
            @Metric(help = "Time to fill an order", unit = "seconds")
            @Buckets(preset = BucketPreset.FAST)
            HistogramRecorder fillTime();
            """);
    Compilation compilation = compile(source).compilation();

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("cannot find symbol")
        .inFile(source)
        .onLineContaining("BucketPreset.FAST");
  }

  @Test
  void typeGeneratedByAnotherProcessor() {
    Compilation compilation =
        BrokenSchemas.compileWith(
                new VenueGenerator(),
                category(
                    """
                    @Metric(help = "Orders placed")
                    CounterRecorder placed(com.example.shop.Venue venue);
                    """))
            .compilation();

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("com.example.shop.PrometheusShopOrders")
        .contentsAsUtf8String()
        .contains("Venue venue");
  }

  /** Generates the enum {@code com.example.shop.Venue} in the first round. */
  private static final class VenueGenerator extends AbstractProcessor {
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
            processingEnv.getFiler().createSourceFile("com.example.shop.Venue").openWriter()) {
          writer.write("package com.example.shop; public enum Venue { WEB, APP }");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }
}
