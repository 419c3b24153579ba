package com.mastertrade.metrics.processor.validation;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import com.mastertrade.metrics.processor.MetricsSchemaProcessor;
import java.util.List;
import java.util.Locale;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;

/**
 * Small broken schemas and the checks every negative test makes: the compilation fails with exactly
 * one error, whose full text is the expected message, on the line that holds the mistake, and
 * nothing is generated.
 */
final class BrokenSchemas {
  /** Imports every schema annotation, every recorder type and {@link List}. */
  private static final String HEADER =
      """
      package com.example.shop;

      import com.mastertrade.metrics.annotations.BucketPreset;
      import com.mastertrade.metrics.annotations.Buckets;
      import com.mastertrade.metrics.annotations.Category;
      import com.mastertrade.metrics.annotations.Exemplars;
      import com.mastertrade.metrics.annotations.HistogramKind;
      import com.mastertrade.metrics.annotations.Label;
      import com.mastertrade.metrics.annotations.LabelValue;
      import com.mastertrade.metrics.annotations.MaxValues;
      import com.mastertrade.metrics.annotations.Metric;
      import com.mastertrade.metrics.annotations.MetricsSchema;
      import com.mastertrade.metrics.annotations.NamedBuckets;
      import com.mastertrade.metrics.annotations.Quantiles;
      import com.mastertrade.metrics.runtime.CounterRecorder;
      import com.mastertrade.metrics.runtime.GaugeRecorder;
      import com.mastertrade.metrics.runtime.HistogramRecorder;
      import com.mastertrade.metrics.runtime.InfoRecorder;
      import com.mastertrade.metrics.runtime.SummaryRecorder;
      import java.util.List;

      """;

  /** The canonical name of the {@code Side} enum {@link #category} declares: BUY, SELL. */
  static final String SIDE = "com.example.shop.Shop.Side";

  private BrokenSchemas() {}

  /** {@code Shop.java}: the package and imports, then {@code body}. */
  static JavaFileObject file(String body) {
    return JavaFileObjects.forSourceString("com.example.shop.Shop", HEADER + body);
  }

  /**
   * A schema {@code Shop} (namespace {@code shop}, default budgets, an enum {@code Side}) with one
   * category {@code Orders} (no prefix) whose members are {@code members}.
   */
  static JavaFileObject category(String members) {
    return schema("@MetricsSchema(namespace = \"shop\")", members);
  }

  /** As {@link #category}, with {@code annotation} as the schema's annotation. */
  static JavaFileObject schema(String annotation, String members) {
    return file(
        """
        %s
        public interface Shop {
          enum Side {
            BUY,
            SELL
          }

          @Category(title = "Orders", description = "Orders placed by customers.")
          interface Orders {
        %s
          }
        }
        """
            .formatted(annotation, members.indent(4).stripTrailing()));
  }

  /** The compilation of {@code sources} and the files the metrics processor created. */
  record Result(Compilation compilation, List<String> generatedFiles) {}

  static Result compile(JavaFileObject... sources) {
    FileRecordingProcessor processor = new FileRecordingProcessor(new MetricsSchemaProcessor());
    Compilation compilation = Compiler.javac().withProcessors(processor).compile(sources);
    return new Result(compilation, processor.created());
  }

  /** Compiles with another processor running before the metrics processor. */
  static Result compileWith(Processor other, JavaFileObject... sources) {
    FileRecordingProcessor processor = new FileRecordingProcessor(new MetricsSchemaProcessor());
    Compilation compilation = Compiler.javac().withProcessors(other, processor).compile(sources);
    return new Result(compilation, processor.created());
  }

  /**
   * Compiles {@code source} and checks that it fails with {@code message} as its only error, on the
   * line of {@code source} containing {@code line}, and generates nothing.
   */
  static Compilation assertOnlyError(JavaFileObject source, String message, String line) {
    Result result = compile(source);
    Compilation compilation = result.compilation();
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(message).inFile(source).onLineContaining(line);
    assertThat(compilation.errors().get(0).getMessage(Locale.ROOT)).isEqualTo(message);
    assertThat(result.generatedFiles()).isEmpty();
    return compilation;
  }
}
