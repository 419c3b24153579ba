package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.processor.declarations.DeclarationsModel;
import com.mastertrade.metrics.processor.model.SchemaModel;
import java.util.List;

/**
 * Checks dashboards, alerts, queries and the scrape configuration against a valid schema: every
 * error in one report, as {@link SchemaValidator} does for the metrics.
 */
public final class DeclarationValidator {
  /** One concern of declaration validation. */
  interface Check {
    void check(SchemaModel schema, DeclarationsModel declarations, ValidationReport.Builder report);
  }

  private final List<Check> checks =
      List.of(
          new MetricReferenceValidator(),
          new LabelReferenceValidator(),
          new DashboardVariableValidator(),
          new OperationValidator(),
          new DeclarationShapeValidator(),
          new AlertRuleValidator(),
          new RuleShapeValidator(),
          new DashboardShapeValidator(),
          new ScrapeConfigValidator());

  public ValidationReport validate(SchemaModel schema, DeclarationsModel declarations) {
    ValidationReport.Builder report = new ValidationReport.Builder();
    for (Check check : checks) {
      check.check(schema, declarations, report);
    }
    return report.build();
  }
}
