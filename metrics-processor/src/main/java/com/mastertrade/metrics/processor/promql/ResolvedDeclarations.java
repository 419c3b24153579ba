package com.mastertrade.metrics.processor.promql;

import com.mastertrade.metrics.processor.declarations.DashboardModel.VariableModel;
import com.mastertrade.metrics.processor.declarations.ExpressionModel;
import com.mastertrade.metrics.processor.model.LabelModel;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every template of a schema's validated declarations, resolved: what the writers render. Built
 * only by {@link Resolutions#complete()}, so it holds a resolved expression for each template and a
 * label for each dashboard variable of the declarations it was resolved from.
 */
public final class ResolvedDeclarations {
  private final Map<ExpressionModel, ResolvedExpression> expressions;
  private final Map<String, ResolvedExpression> records;
  private final Map<VariableModel, LabelModel> variables;

  ResolvedDeclarations(
      Map<ExpressionModel, ResolvedExpression> expressions,
      Map<String, ResolvedExpression> records,
      Map<VariableModel, LabelModel> variables) {
    this.expressions = Collections.unmodifiableMap(new IdentityHashMap<>(expressions));
    this.records = Collections.unmodifiableMap(new LinkedHashMap<>(records));
    this.variables = Collections.unmodifiableMap(new IdentityHashMap<>(variables));
  }

  /** The resolved form of one of the declarations' templates. */
  public ResolvedExpression of(ExpressionModel expr) {
    ResolvedExpression resolved = expressions.get(expr);
    if (resolved == null) {
      throw new IllegalArgumentException("not a template of these declarations: " + expr);
    }
    return resolved;
  }

  /** The PromQL Prometheus reads for one of the declarations' templates. */
  public String promql(ExpressionModel expr) {
    return of(expr).promql();
  }

  /** The expression of the recording rule that writes the series {@code name}, if declared. */
  public Optional<ResolvedExpression> record(String name) {
    return Optional.ofNullable(records.get(name));
  }

  /** The label one of the declarations' dashboard variables offers the values of. */
  public LabelModel variableLabel(VariableModel variable) {
    LabelModel label = variables.get(variable);
    if (label == null) {
      throw new IllegalArgumentException("not a variable of these declarations: " + variable);
    }
    return label;
  }
}
