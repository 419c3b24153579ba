package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.processor.declarations.DeclarationsModel;
import com.mastertrade.metrics.processor.model.SchemaModel;
import com.mastertrade.metrics.processor.promql.Resolutions;
import java.util.List;

/**
 * Checks dashboards, alerts, queries and the scrape configuration against a valid schema: every
 * error in one report, as {@link SchemaValidator} does for the metrics. Checks of PromQL read the
 * templates as resolved once, never the template text.
 */
public final class DeclarationValidator {
  /** One concern of declaration validation. */
  interface Check {
    void check(SchemaModel schema, DeclarationsModel declarations, ValidationReport.Builder report);
  }

  /** One concern of the declarations' PromQL. */
  interface ExpressionCheck {
    void check(
        SchemaModel schema,
        DeclarationsModel declarations,
        Resolutions resolutions,
        ValidationReport.Builder report);
  }

  private final List<ExpressionCheck> expressionChecks =
      List.of(
          new PromqlValidator(),
          new MetricReferenceValidator(),
          new LabelReferenceValidator(),
          new DashboardVariableValidator(),
          new OperationValidator(),
          new ResultTypeValidator(),
          new AlertTestLabelValidator(),
          new AlertTestLabelValueValidator(),
          new NeverFiringAlertValidator(),
          new DeprecatedUseValidator(),
          new SloCoverageValidator(),
          new SloValidator());

  private final List<Check> checks =
      List.of(
          new DeclarationShapeValidator(),
          new AlertRuleValidator(),
          new RuleShapeValidator(),
          new DashboardShapeValidator(),
          new ScrapeConfigValidator(),
          new SloTextValidator(),
          new SloDeprecationValidator(),
          new AlertNamesValidator(),
          new KubernetesNameValidator(),
          new RunbookValidator(),
          new ReceiverValidator(),
          new AlertRouteValidator(),
          new WatchdogValidator());

  public ValidationReport validate(
      SchemaModel schema, DeclarationsModel declarations, Resolutions resolutions) {
    ValidationReport.Builder report = new ValidationReport.Builder();
    for (ExpressionCheck check : expressionChecks) {
      check.check(schema, declarations, resolutions, report);
    }
    for (Check check : checks) {
      check.check(schema, declarations, report);
    }
    return report.build();
  }
}
