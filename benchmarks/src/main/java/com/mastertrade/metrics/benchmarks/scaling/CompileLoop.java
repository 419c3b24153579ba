package com.mastertrade.metrics.benchmarks.scaling;

import com.mastertrade.metrics.benchmarks.scaling.SchemaCompiler.Mode;
import java.util.Locale;

/**
 * Compiles one synthetic schema again and again, for a profiler to watch: {@code CompileLoop
 * <metrics> <JAVAC_ONLY|PROCESSOR_ONLY|FULL> <times>}. Run it with {@code -XX:StartFlightRecording}
 * to see where the processor's time goes.
 */
public final class CompileLoop {
  private CompileLoop() {}

  public static void main(String[] args) {
    int metrics = Integer.parseInt(args[0]);
    Mode mode = Mode.valueOf(args[1]);
    int times = Integer.parseInt(args[2]);
    String name = SchemaSourceGenerator.PACKAGE + "." + SchemaSourceGenerator.schemaName(metrics);
    String source = SchemaSourceGenerator.source(metrics);
    SchemaCompiler compiler = new SchemaCompiler();
    for (int i = 0; i < times; i++) {
      System.out.printf(
          Locale.ROOT,
          "%d metrics, %s: %.0f ms%n",
          metrics,
          mode,
          compiler.compile(name, source, mode).nanos() / 1e6);
    }
  }
}
