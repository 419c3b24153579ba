package com.mastertrade.metrics.processor.reading;

import com.mastertrade.metrics.processor.declarations.ExpressionModel;
import com.mastertrade.metrics.processor.declarations.RunbookModel;
import com.mastertrade.metrics.processor.declarations.RunbookModel.CheckModel;
import com.mastertrade.metrics.processor.model.Origin;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/** Reads a {@code @Runbook}; each check keeps its annotation, so errors land on its expr. */
final class RunbookReader {
  private final Mirrors mirrors;

  RunbookReader(Mirrors mirrors) {
    this.mirrors = mirrors;
  }

  /** The runbook of what diagnostics call {@code what}, e.g. {@code alert ServiceDown}. */
  RunbookModel read(TypeElement holder, AnnotationMirror runbook, String what) {
    List<CheckModel> checks =
        mirrors.annotations(runbook, "checks").stream()
            .map(
                check ->
                    new CheckModel(
                        mirrors.string(check, "description"),
                        new ExpressionModel(
                            mirrors.string(check, "expr"),
                            "runbook check of " + what,
                            new Origin(holder, check),
                            "expr")))
            .toList();
    return new RunbookModel(
        what,
        mirrors.string(runbook, "meaning"),
        mirrors.strings(runbook, "causes"),
        mirrors.strings(runbook, "mitigations"),
        checks,
        mirrors.strings(runbook, "dashboards"),
        new Origin(holder, runbook));
  }
}
