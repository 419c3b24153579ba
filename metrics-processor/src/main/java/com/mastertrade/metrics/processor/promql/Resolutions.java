package com.mastertrade.metrics.processor.promql;

import com.mastertrade.metrics.processor.declarations.DashboardModel.VariableModel;
import com.mastertrade.metrics.processor.declarations.ExpressionModel;
import com.mastertrade.metrics.processor.model.LabelModel;
import com.mastertrade.metrics.processor.promql.syntax.PromqlTarget;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The resolution of every template of one schema's declarations, what validators check. Once they
 * found nothing wrong, {@link #complete()} gives the writers' view, in which every expression is
 * resolved.
 */
public final class Resolutions {
  private final Map<ExpressionModel, Resolution> byExpression;
  private final Map<String, LabelSet> recorded;
  private final Map<String, ExpressionModel> records;
  private final Map<VariableModel, LabelModel> variables;
  private final int declaredVariables;
  private final PromqlTarget target;

  Resolutions(
      Map<ExpressionModel, Resolution> byExpression,
      Map<String, LabelSet> recorded,
      Map<String, ExpressionModel> records,
      Map<VariableModel, LabelModel> variables,
      int declaredVariables,
      PromqlTarget target) {
    this.byExpression = Collections.unmodifiableMap(new IdentityHashMap<>(byExpression));
    this.recorded = Collections.unmodifiableMap(new LinkedHashMap<>(recorded));
    this.records = Collections.unmodifiableMap(new LinkedHashMap<>(records));
    this.variables = Collections.unmodifiableMap(new IdentityHashMap<>(variables));
    this.declaredVariables = declaredVariables;
    this.target = target;
  }

  /** The Prometheus the templates were read for. */
  public PromqlTarget target() {
    return target;
  }

  /** The resolution of one of the declarations' templates. */
  public Resolution of(ExpressionModel expr) {
    Resolution resolution = byExpression.get(expr);
    if (resolution == null) {
      throw new IllegalArgumentException("not a template of these declarations: " + expr);
    }
    return resolution;
  }

  /** The series the declared recording rules write, by name. */
  public Set<String> recordedSeries() {
    return new TreeSet<>(recorded.keySet());
  }

  /** The labels a declared recorded series carries. */
  public LabelSet recordedLabels(String name) {
    return recorded.getOrDefault(name, LabelSet.ANY);
  }

  /** The label a dashboard variable offers the values of, when its metric has it. */
  public Optional<LabelModel> variableLabel(VariableModel variable) {
    return Optional.ofNullable(variables.get(variable));
  }

  /** The writers' view, when every template resolved and every variable names a label. */
  public Optional<ResolvedDeclarations> complete() {
    if (variables.size() != declaredVariables) {
      return Optional.empty();
    }
    Map<ExpressionModel, ResolvedExpression> resolved = new IdentityHashMap<>();
    for (Resolution resolution : byExpression.values()) {
      if (resolution.resolved().isEmpty()) {
        return Optional.empty();
      }
      resolved.put(resolution.source(), resolution.resolved().get());
    }
    Map<String, ResolvedExpression> recordExpressions = new LinkedHashMap<>();
    records.forEach((name, expr) -> recordExpressions.put(name, resolved.get(expr)));
    return Optional.of(new ResolvedDeclarations(resolved, recordExpressions, variables));
  }
}
