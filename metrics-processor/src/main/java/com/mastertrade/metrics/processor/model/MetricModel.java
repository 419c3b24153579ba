package com.mastertrade.metrics.processor.model;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * One metric of a schema.
 *
 * @param methodName the Java method that records it
 * @param type the metric type, {@code null} if the return type is not a recorder type
 * @param name the full name (namespace included) as given to client_java: for counters without
 *     {@code _total}
 * @param nameDeclared whether the name was written in {@code @Metric(name = ...)} rather than
 *     derived from the method name
 * @param unit the unit, empty if none
 * @param buckets classic histogram upper bounds, empty unless a histogram
 * @param histogram which histogram a histogram keeps (classic, native, both) and the native
 *     one's parameters
 * @param quantiles summary quantiles, empty unless a summary
 * @param quantileMaxAgeSeconds the summary's sliding window
 * @param formerly the names (namespace included) it had before, from {@code @Metric(formerly)}
 * @param deprecation its {@code @DeprecatedMetric}, if any
 * @param exemplars whether its observations carry the current span's ids as exemplars, resolved
 *     from {@code @Metric(exemplars)} and its default
 * @param written which declarations the user wrote, as opposed to defaults
 */
public record MetricModel(
    String methodName,
    MetricType type,
    String name,
    boolean nameDeclared,
    String help,
    String unit,
    List<LabelModel> labels,
    List<Double> buckets,
    HistogramModel histogram,
    List<Double> quantiles,
    long quantileMaxAgeSeconds,
    List<String> formerly,
    Optional<Deprecation> deprecation,
    boolean exemplars,
    Written written,
    Origin origin) {

  /** Whether a native histogram is kept, alone or besides classic buckets. */
  public boolean nativeHistogram() {
    return histogram.kind().nativeHistogram();
  }

  /** Whether classic buckets are kept: every histogram but a native-only one. */
  public boolean classicBuckets() {
    return type == MetricType.HISTOGRAM && histogram.kind().classic();
  }

  /**
   * What the schema's author wrote on the method, as opposed to what was derived or left to its
   * default: validators report missing or conflicting declarations from these facts alone.
   *
   * @param metric whether the method carries {@code @Metric}
   * @param buckets whether it carries {@code @Buckets}
   * @param bucketValues whether {@code @Buckets} lists explicit bounds
   * @param bucketPreset whether {@code @Buckets} names a general preset
   * @param namedBuckets the schema's bucket layout {@code @Buckets(named = ...)} names, empty if
   *     none
   * @param quantiles whether it carries {@code @Quantiles}
   * @param exemplarsOn whether {@code @Metric(exemplars = ON)} was written
   */
  public record Written(
      boolean metric,
      boolean buckets,
      boolean bucketValues,
      boolean bucketPreset,
      String namedBuckets,
      boolean quantiles,
      boolean exemplarsOn) {}

  public MetricModel {
    labels = List.copyOf(labels);
    buckets = List.copyOf(buckets);
    quantiles = List.copyOf(quantiles);
    formerly = List.copyOf(formerly);
  }

  /** The name on the exposition's {@code # TYPE} line. */
  public String exposedName() {
    return type == MetricType.COUNTER ? name + "_total" : name;
  }

  /** The series one label combination produces: buckets, quantiles, count and sum included. */
  public long seriesPerLabelCombination() {
    if (type == null) {
      return 1;
    }
    return switch (type) {
      case COUNTER, GAUGE, INFO -> 1;
      case HISTOGRAM -> buckets.size() + 1 + 2;
      case SUMMARY -> quantiles.size() + 2;
    };
  }

  /** The number of label value combinations at worst, exactly: a product of domains. */
  public BigInteger labelCombinations() {
    BigInteger product = BigInteger.ONE;
    for (LabelModel label : labels) {
      product = product.multiply(BigInteger.valueOf(label.domainSize()));
    }
    return product;
  }

  /** The number of series this metric can expose at worst, exactly. */
  public BigInteger worstCaseSeries() {
    return labelCombinations().multiply(BigInteger.valueOf(seriesPerLabelCombination()));
  }
}
