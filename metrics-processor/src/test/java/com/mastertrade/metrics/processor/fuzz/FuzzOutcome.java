package com.mastertrade.metrics.processor.fuzz;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * What one compilation of a mutated schema says about the processor: accepted, rejected with
 * located errors, rejected by javac itself (the mutation broke the Java), or a failure of the
 * processor (an internal error, an error without location, generated code that does not compile).
 */
final class FuzzOutcome {
  enum Kind {
    ACCEPTED,
    REJECTED,
    JAVAC_REJECTED,
    FAILURE
  }

  final Kind kind;
  final List<String> problems;
  final List<String> ids;

  private FuzzOutcome(Kind kind, List<String> problems, List<String> ids) {
    this.kind = kind;
    this.problems = problems;
    this.ids = ids;
  }

  static FuzzOutcome of(Compilation compilation) {
    List<String> problems = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    boolean processorError = false;
    for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
      String message = d.getMessage(Locale.ROOT);
      boolean generated = d.getSource() != null && isGenerated(d.getSource());
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        if (message.contains("[Internal]")) {
          problems.add(
              "internal error: "
                  + message.lines().limit(6).reduce((a, b) -> a + "\n    " + b).orElse(""));
        } else if (generated) {
          problems.add("generated code does not compile: " + where(d) + ": " + message);
        } else if (message.startsWith("[")) {
          processorError = true;
          ids.add(message.substring(1, message.indexOf(']')));
          if (d.getSource() == null || d.getLineNumber() < 1) {
            problems.add("error without location: " + message);
          }
        }
      } else if (d.getKind() == Diagnostic.Kind.WARNING
          || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING) {
        if (generated || message.contains("No processor claimed")) {
          problems.add("warning a strict build would fail on: " + where(d) + ": " + message);
        }
      }
    }
    if (!problems.isEmpty()) {
      return new FuzzOutcome(Kind.FAILURE, problems, ids);
    }
    if (compilation.status() == Compilation.Status.SUCCESS) {
      return new FuzzOutcome(Kind.ACCEPTED, problems, ids);
    }
    return new FuzzOutcome(processorError ? Kind.REJECTED : Kind.JAVAC_REJECTED, problems, ids);
  }

  static FuzzOutcome failure(List<String> problems) {
    return new FuzzOutcome(Kind.FAILURE, problems, List.of());
  }

  private static boolean isGenerated(JavaFileObject source) {
    String path = source.toUri().getPath();
    return path != null
        && (path.contains("SOURCE_OUTPUT") || path.matches(".*/Prometheus[^/]*\\.java"));
  }

  private static String where(Diagnostic<? extends JavaFileObject> d) {
    return (d.getSource() == null ? "?" : d.getSource().getName()) + ":" + d.getLineNumber();
  }
}
