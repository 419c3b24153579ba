package com.mastertrade.metrics.processor.model;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A whole metrics schema, as read from its annotated interface. Immutable; validated before any
 * writer sees it.
 *
 * @param packageName the schema's package
 * @param simpleName the schema interface's simple name
 * @param acceptedBreaks breaking changes against the baseline schema it accepts
 * @param enclosingNames the simple names of the types the schema is nested in, outermost first;
 *     empty for a top-level schema
 */
public record SchemaModel(
    String packageName,
    String simpleName,
    List<String> enclosingNames,
    String namespace,
    long maxSeries,
    long maxSeriesPerMetric,
    List<NamedBucketsModel> namedBuckets,
    List<CategoryModel> categories,
    List<AcceptedBreakModel> acceptedBreaks,
    Origin origin) {

  public SchemaModel {
    namedBuckets = List.copyOf(namedBuckets);
    enclosingNames = List.copyOf(enclosingNames);
    categories = List.copyOf(categories);
    acceptedBreaks = List.copyOf(acceptedBreaks);
  }

  /** The schema's simple name preceded by those of the types it is nested in: {@code [A, B]}. */
  public List<String> nestedNames() {
    return Stream.concat(enclosingNames.stream(), Stream.of(simpleName)).toList();
  }

  /** The canonical name, for example {@code com.example.Outer.ShopMetrics}. */
  /** The bucket layout the schema declares as {@code name}, the first if declared twice. */
  public Optional<NamedBucketsModel> namedBuckets(String name) {
    return namedBuckets.stream().filter(buckets -> buckets.name().equals(name)).findFirst();
  }

  public String qualifiedName() {
    String nested = String.join(".", nestedNames());
    return packageName.isEmpty() ? nested : packageName + "." + nested;
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

  /**
   * The number of series the schema can expose at worst, exactly: every metric's, and one series of
   * the overflow counter per open label.
   */
  public BigInteger worstCaseSeries() {
    return categories.stream()
        .map(CategoryModel::worstCaseSeries)
        .reduce(BigInteger.valueOf(openLabelCount()), BigInteger::add);
  }
}
