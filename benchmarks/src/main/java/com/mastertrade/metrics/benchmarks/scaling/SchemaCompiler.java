package com.mastertrade.metrics.benchmarks.scaling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles one schema source in-process with javac (javax.tools), the metrics processor found on
 * this JVM's class path, and measures the wall time of the whole task.
 */
final class SchemaCompiler {
  static final String PROCESSOR = "com.mastertrade.metrics.processor.MetricsSchemaProcessor";

  /** What javac is asked to do, so the processor's share can be told from javac's own. */
  enum Mode {
    /** Parse and compile the schema alone, no annotation processing: javac's own floor. */
    JAVAC_ONLY("-proc:none"),
    /** Run the processor but compile nothing: the processor's own cost. */
    PROCESSOR_ONLY("-proc:only"),
    /** What a build does: process, then compile the schema and everything generated. */
    FULL(null);

    final String flag;

    Mode(String flag) {
      this.flag = flag;
    }
  }

  /** One compilation: its wall time and the size of what the processor wrote. */
  record Outcome(long nanos, long generatedBytes, int generatedFiles) {}

  private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
  private final String classPath = System.getProperty("java.class.path");

  Outcome compile(String className, String source, Mode mode) {
    Path work = createTempDirectory();
    try {
      Path classes = Files.createDirectories(work.resolve("classes"));
      Path sources = Files.createDirectories(work.resolve("sources"));
      List<String> options =
          new ArrayList<>(
              List.of(
                  "-d",
                  classes.toString(),
                  "-s",
                  sources.toString(),
                  "-classpath",
                  classPath,
                  "-processorpath",
                  classPath,
                  "-processor",
                  PROCESSOR,
                  "--release",
                  "17",
                  "-implicit:none"));
      if (mode.flag != null) {
        options.add(mode.flag);
      }
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, null)) {
        // Start each compile with a clean heap, so one compile does not pay for the last one's
        // garbage.
        System.gc();
        long start = System.nanoTime();
        boolean ok =
            javac
                .getTask(
                    null, files, diagnostics, options, null, List.of(new Source(className, source)))
                .call();
        long nanos = System.nanoTime() - start;
        if (!ok) {
          throw new IllegalStateException("compilation failed: " + errors(diagnostics));
        }
        return new Outcome(nanos, size(sources), count(sources));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      delete(work);
    }
  }

  private static String errors(DiagnosticCollector<JavaFileObject> diagnostics) {
    StringBuilder out = new StringBuilder();
    diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .limit(5)
        .forEach(d -> out.append('\n').append(d));
    return out.toString();
  }

  private static Path createTempDirectory() {
    try {
      return Files.createTempDirectory("schema-scaling");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      return paths.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private static int count(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      return (int) paths.filter(Files::isRegularFile).count();
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A leftover temporary directory is harmless; the measurement is already taken.
    }
  }

  /** A source file held in memory: javac reads it from here, not from disk. */
  private static final class Source extends SimpleJavaFileObject {
    private final String code;

    Source(String className, String code) {
      super(URI.create("string:///" + className.replace('.', '/') + ".java"), Kind.SOURCE);
      this.code = code;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return code;
    }
  }
}
