package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.processor.declarations.DeclarationsModel;
import com.mastertrade.metrics.processor.declarations.SloModel;
import com.mastertrade.metrics.processor.model.SchemaModel;
import com.mastertrade.metrics.processor.model.TextRules;

/**
 * An SLO's description is one line of plain text: it is written into the description of its
 * alerts, which Prometheus renders as a Go template, into a dashboard panel and into runbook pages.
 */
final class SloTextValidator implements DeclarationValidator.Check {
  @Override
  public void check(
      SchemaModel schema, DeclarationsModel declarations, ValidationReport.Builder report) {
    for (SloModel slo : declarations.slos()) {
      String description = slo.description();
      if (description.isBlank() || !TextRules.isOneLine(description)) {
        report.add(
            Diagnostic.at(
                slo.origin(),
                "description",
                Message.LINE_BREAK,
                "the description",
                "SLO " + slo.name(),
                "the description of its alerts, a dashboard panel and its runbook pages; it cannot"
                    + " be empty either"));
      } else if (description.contains("{{") || description.contains("}}")) {
        report.add(
            Diagnostic.at(
                slo.origin(),
                "description",
                Message.SLO_DESCRIPTION_TEMPLATE,
                slo.name(),
                description.contains("{{") ? "{{" : "}}"));
      }
    }
  }
}
