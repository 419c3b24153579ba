package com.mastertrade.metrics.processor.model;

import java.util.List;
import java.util.stream.Stream;

/**
 * A whole metrics schema, as read from its annotated interface. Immutable; validated before any
 * writer sees it.
 *
 * @param packageName the schema's package
 * @param simpleName the schema interface's simple name
 */
public record SchemaModel(
    String packageName,
    String simpleName,
    String namespace,
    long maxSeries,
    long maxSeriesPerMetric,
    List<CategoryModel> categories,
    Origin origin) {

  public SchemaModel {
    categories = List.copyOf(categories);
  }

  public String qualifiedName() {
    return packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
  }

  public Stream<MetricModel> metrics() {
    return categories.stream().flatMap(category -> category.metrics().stream());
  }

  /**
   * The name (without {@code _total}) of the counter of open label values beyond their bound: the
   * one place it is built; generated code hands it to the runtime's {@code LabelOverflowCounter}.
   */
  public String labelOverflowName() {
    return namespace + "_label_overflow";
  }

  /** The number of open labels: each is one series of the label overflow counter. */
  public long openLabelCount() {
    return metrics()
        .flatMap(metric -> metric.labels().stream())
        .filter(label -> label.kind() == LabelKind.OPEN)
        .count();
  }

  public long worstCaseSeries() {
    long sum = openLabelCount();
    for (CategoryModel category : categories) {
      sum = CategoryModel.saturatedAdd(sum, category.worstCaseSeries());
    }
    return sum;
  }
}
