package com.mastertrade.metrics.processor.validation;

import com.mastertrade.metrics.processor.model.SchemaModel;
import java.util.List;

/** Runs every validator over a schema and collects all their errors in one report. */
public final class SchemaValidator {
  /** One concern of validation. */
  interface Check {
    void check(SchemaModel schema, ValidationReport.Builder report);
  }

  private final List<Check> checks =
      List.of(
          new SchemaShapeValidator(),
          new AccessibilityValidator(),
          new MetricDeclarationValidator(),
          new MetricNameValidator(),
          new UnitValidator(),
          new LabelValidator(),
          new EnumLabelValuesValidator(),
          new NamedBucketsValidator(),
          new BucketsValidator(),
          new QuantilesValidator(),
          new ExemplarsValidator(),
          new UniqueNameValidator(),
          new CardinalityValidator(),
          new SchemaEvolutionValidator(),
          new EvolutionReferenceValidator());

  public ValidationReport validate(SchemaModel schema) {
    ValidationReport.Builder report = new ValidationReport.Builder();
    for (Check check : checks) {
      check.check(schema, report);
    }
    return report.build();
  }
}
