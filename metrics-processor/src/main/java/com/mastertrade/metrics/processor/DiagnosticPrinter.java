package com.mastertrade.metrics.processor;

import com.mastertrade.metrics.processor.reading.Mirrors;
import com.mastertrade.metrics.processor.validation.Diagnostic;
import com.mastertrade.metrics.processor.validation.ValidationReport;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.tools.Diagnostic.Kind;

/**
 * Prints a report through the {@link Messager}, each error at its annotation value (or the wrong
 * element of an array value) if it was written.
 */
public final class DiagnosticPrinter {
  private final Messager messager;

  public DiagnosticPrinter(Messager messager) {
    this.messager = messager;
  }

  public void print(ValidationReport report) {
    report.diagnostics().forEach(this::print);
  }

  public void print(Diagnostic diagnostic) {
    Optional<AnnotationMirror> mirror =
        diagnostic.mirror() != null
            ? Optional.of(diagnostic.mirror())
            : diagnostic.annotation() == null
                ? Optional.empty()
                : Mirrors.find(diagnostic.element(), diagnostic.annotation());
    Kind kind = diagnostic.message().kind();
    if (mirror.isEmpty()) {
      messager.printMessage(kind, diagnostic.text(), diagnostic.element());
      return;
    }
    Optional<AnnotationValue> value =
        diagnostic.attribute() == null
            ? Optional.empty()
            : Mirrors.explicitValue(mirror.get(), diagnostic.attribute())
                .map(written -> arrayElement(written, diagnostic.index()));
    if (value.isPresent()) {
      messager.printMessage(
          kind, diagnostic.text(), diagnostic.element(), mirror.get(), value.get());
    } else {
      messager.printMessage(kind, diagnostic.text(), diagnostic.element(), mirror.get());
    }
  }

  /**
   * The element {@code index} of an array value, so that javac points at the wrong bound rather
   * than at the opening brace; the value itself if it is not an array or the index is -1.
   */
  private static AnnotationValue arrayElement(AnnotationValue value, int index) {
    if (index >= 0 && value.getValue() instanceof List<?> elements && index < elements.size()) {
      return (AnnotationValue) elements.get(index);
    }
    return value;
  }
}
