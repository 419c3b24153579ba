package com.mastertrade.metrics.benchmarks.scaling;

import com.mastertrade.metrics.benchmarks.scaling.SchemaCompiler.Mode;
import com.mastertrade.metrics.benchmarks.scaling.SchemaCompiler.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Compile time of generated schemas of 50, 500 and 5,000 metrics, in-process, after warming javac
 * up. Each (size, mode) is compiled several times and the fastest kept: on a shared machine the
 * minimum is the least disturbed estimate of a deterministic amount of work.
 *
 * <p>Usage: {@code ProcessorScaling <output directory>}; writes {@code scaling.tsv}. {@code
 * SCALING_REPEATS} sets the repetitions (default 3).
 */
public final class ProcessorScaling {
  private static final int[] SIZES = {50, 500, 5000};

  private ProcessorScaling() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "target/benchmarks");
    Files.createDirectories(out);
    int repeats = Integer.parseInt(System.getenv().getOrDefault("SCALING_REPEATS", "3"));
    SchemaCompiler compiler = new SchemaCompiler();
    warmUp(compiler);
    List<String> lines = new ArrayList<>();
    for (int size : SIZES) {
      String name = SchemaSourceGenerator.PACKAGE + "." + SchemaSourceGenerator.schemaName(size);
      String source = SchemaSourceGenerator.source(size);
      // One untimed compile at this size first: javac's and the processor's tables grow to the
      // size once, and code paths only a large schema takes get compiled by the JIT.
      compiler.compile(name, source, Mode.FULL);
      for (Mode mode : Mode.values()) {
        // The 5,000-metric compiles take tens of seconds each: two are enough to drop an outlier.
        long[] nanos = new long[size >= 5000 ? Math.min(repeats, 2) : repeats];
        Outcome last = null;
        for (int i = 0; i < nanos.length; i++) {
          last = compiler.compile(name, source, mode);
          nanos[i] = last.nanos();
        }
        String line = tsv(size, mode, nanos, last);
        System.out.println(line);
        lines.add(line);
      }
    }
    Files.write(out.resolve("scaling.tsv"), lines);
  }

  /** javac and the processor run interpreted at first; compile a mid-size schema until warm. */
  private static void warmUp(SchemaCompiler compiler) {
    String name = SchemaSourceGenerator.PACKAGE + "." + SchemaSourceGenerator.schemaName(500);
    String source = SchemaSourceGenerator.source(500);
    for (int i = 0; i < 3; i++) {
      compiler.compile(name, source, Mode.FULL);
    }
  }

  private static String tsv(int size, Mode mode, long[] nanos, Outcome last) {
    long min = Arrays.stream(nanos).min().orElseThrow();
    String all =
        Arrays.stream(nanos)
            .mapToObj(n -> String.format(Locale.ROOT, "%.1f", n / 1e6))
            .collect(Collectors.joining(","));
    return String.join(
        "\t",
        Integer.toString(size),
        mode.name(),
        String.format(Locale.ROOT, "%.1f", min / 1e6),
        all,
        Long.toString(last.generatedBytes()),
        Integer.toString(last.generatedFiles()));
  }
}
