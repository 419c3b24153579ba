package com.mastertrade.metrics.processor.model;

import java.math.BigInteger;
import java.util.List;

/**
 * One category of a schema: a nested interface.
 *
 * @param simpleName the interface's simple name, for example {@code Http}
 * @param qualifiedName its canonical name, for example {@code com.example.Metrics.Http}
 * @param undeclaredInherited abstract methods the interface inherits without redeclaring them, as
 *     {@code Type.method(params)}: they have no metric declaration to generate from
 * @param concreteMetrics default or static methods that carry {@code @Metric}: they are helpers,
 *     not metrics, so the model leaves them out and a validator reports each
 * @param typeParameters the interface's type parameters as written, e.g. {@code T}: none in a
 *     valid schema, as the generated recorder implements the interface
 */
public record CategoryModel(
    String simpleName,
    String qualifiedName,
    String title,
    String description,
    String prefix,
    List<MetricModel> metrics,
    List<String> undeclaredInherited,
    List<Origin> concreteMetrics,
    List<String> typeParameters,
    Origin origin) {

  public CategoryModel {
    metrics = List.copyOf(metrics);
    undeclaredInherited = List.copyOf(undeclaredInherited);
    concreteMetrics = List.copyOf(concreteMetrics);
    typeParameters = List.copyOf(typeParameters);
  }

  /** The number of series the category's metrics can expose at worst, exactly. */
  public BigInteger worstCaseSeries() {
    return metrics.stream()
        .map(MetricModel::worstCaseSeries)
        .reduce(BigInteger.ZERO, BigInteger::add);
  }
}
