package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.processor.reading.Mirrors;
import java.util.Optional;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.tools.Diagnostic.Kind;

/** Prints a report through the {@link Messager}, each error at its annotation value if it has one. */
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
        diagnostic.annotation() == null
            ? Optional.empty()
            : Mirrors.find(diagnostic.element(), diagnostic.annotation());
    if (mirror.isEmpty()) {
      messager.printMessage(Kind.ERROR, diagnostic.text(), diagnostic.element());
      return;
    }
    Optional<AnnotationValue> value =
        diagnostic.attribute() == null
            ? Optional.empty()
            : Mirrors.explicitValue(mirror.get(), diagnostic.attribute());
    if (value.isPresent()) {
      messager.printMessage(
          Kind.ERROR, diagnostic.text(), diagnostic.element(), mirror.get(), value.get());
    } else {
      messager.printMessage(Kind.ERROR, diagnostic.text(), diagnostic.element(), mirror.get());
    }
  }
}
