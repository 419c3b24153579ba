package com.mastertrade.metrics.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated sources and artifacts are byte for byte the same whatever the JVM's default locale
 * and time zone: German groups digits with '.', Turkish upper-cases 'i' to a dotted 'İ'.
 */
class LocaleIndependenceTest {
  /**
   * The real schema, its label sets and its declarations (not the tracking helpers): its worst-case
   * series run into thousands, so digits get grouped.
   */
  static final Path MASTERTRADE_SCHEMA =
      Path.of("../metrics-schema/src/main/java/com/mastertrade/metrics/schema");

  @ParameterizedTest
  @ValueSource(strings = {"de-DE", "tr-TR", "ar-EG"})
  void sameBytesUnderAnyDefaultLocale(String languageTag) {
    Map<String, String> reference = generated(Locale.ROOT, "UTC");
    assertThat(reference.get("/CLASS_OUTPUT/metrics/mastertrade/generated-docs/README.md"))
        .containsMatch("\\d,\\d{3} series");

    Map<String, String> localized =
        generated(Locale.forLanguageTag(languageTag), "Pacific/Kiritimati");

    assertThat(localized.keySet()).containsExactlyElementsIn(reference.keySet());
    for (Map.Entry<String, String> file : reference.entrySet()) {
      assertWithMessage(file.getKey())
          .that(localized.get(file.getKey()))
          .isEqualTo(file.getValue());
    }
  }

  /** Every generated source and resource, by path, compiled under a default locale and zone. */
  private static Map<String, String> generated(Locale locale, String zone) {
    Locale savedLocale = Locale.getDefault();
    TimeZone savedZone = TimeZone.getDefault();
    try {
      Locale.setDefault(locale);
      TimeZone.setDefault(TimeZone.getTimeZone(zone));
      List<JavaFileObject> sources = new ArrayList<>(schemaSources());
      sources.add(Schemas.resource("schemas/valid/TrickyNamesMetrics.java"));
      Compilation compilation =
          Compiler.javac()
              .withProcessors(new MetricsSchemaProcessor())
              // As metrics-schema's build: the manifests link and send to the deployment, not
              // 127.0.0.1.
              .withOptions(RealSchema.KUBERNETES_OPTIONS)
              .compile(sources);
      assertThat(compilation).succeeded();
      Map<String, String> files = new TreeMap<>();
      for (JavaFileObject file : compilation.generatedFiles()) {
        if (file.getKind() != JavaFileObject.Kind.CLASS) {
          files.put(file.toUri().getPath(), content(file));
        }
      }
      return files;
    } finally {
      Locale.setDefault(savedLocale);
      TimeZone.setDefault(savedZone);
    }
  }

  private static List<JavaFileObject> schemaSources() {
    try (Stream<Path> files = Files.walk(MASTERTRADE_SCHEMA)) {
      return files
          .filter(file -> file.toString().endsWith(".java"))
          .filter(file -> !file.startsWith(MASTERTRADE_SCHEMA.resolve("tracking")))
          .sorted()
          .map(file -> JavaFileObjects.forSourceString(typeName(file), read(file)))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code .../schema/dashboards/MlModelsDashboard.java} to its qualified type name. */
  private static String typeName(Path file) {
    String relative = MASTERTRADE_SCHEMA.relativize(file).toString().replace('/', '.');
    return "com.mastertrade.metrics.schema." + relative.substring(0, relative.length() - 5);
  }

  private static String read(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String content(JavaFileObject file) {
    try {
      return file.getCharContent(false).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
