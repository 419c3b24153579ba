package com.mastertrade.metrics.processor.validation;

import java.util.ArrayList;
import java.util.List;
import javax.tools.Diagnostic.Kind;

/**
 * The errors and warnings found in a schema, in the order they were found. Generate only when
 * clean: no error (warnings are printed and do not stop generation).
 */
public record ValidationReport(List<Diagnostic> diagnostics) {
  public ValidationReport {
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean isClean() {
    return diagnostics.stream().noneMatch(d -> d.message().kind() == Kind.ERROR);
  }

  /** Collects diagnostics while validators run. */
  public static final class Builder {
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    public Builder add(Diagnostic diagnostic) {
      diagnostics.add(diagnostic);
      return this;
    }

    public ValidationReport build() {
      return new ValidationReport(diagnostics);
    }
  }
}
