package com.mastertrade.metrics.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/** Compiles test schemas with the processor. */
final class Schemas {
  private Schemas() {}

  static JavaFileObject resource(String path) {
    return JavaFileObjects.forResource(path);
  }

  static Compilation compile(JavaFileObject... sources) {
    return Compiler.javac().withProcessors(new MetricsSchemaProcessor()).compile(sources);
  }
}
