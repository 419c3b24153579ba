package com.mastertrade.metrics.processor;

import com.mastertrade.metrics.processor.validation.Diagnostic;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.Element;

/**
 * The diagnostics printed for one schema, so that each is printed once: a schema's declarations are
 * checked again in the last round when a declaration file arrives late, and the warnings of the
 * others must not repeat. Kept as text and place, since elements are not kept across rounds.
 */
final class PrintedOnce {
  private final Set<String> printed = new HashSet<>();
  private final DiagnosticPrinter printer;

  PrintedOnce(DiagnosticPrinter printer) {
    this.printer = printer;
  }

  /** Prints {@code diagnostic} unless an equal one, by text and place, is printed already. */
  void print(Diagnostic diagnostic) {
    Element element = diagnostic.element();
    String key =
        String.join(
            "\n",
            diagnostic.text(),
            element.getKind() + " " + element + " in " + element.getEnclosingElement(),
            String.valueOf(diagnostic.annotation()),
            String.valueOf(diagnostic.attribute()),
            String.valueOf(diagnostic.index()),
            String.valueOf(diagnostic.mirror()));
    if (printed.add(key)) {
      printer.print(diagnostic);
    }
  }
}
