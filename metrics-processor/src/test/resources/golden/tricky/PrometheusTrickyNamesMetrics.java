package com.example.tricky;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.annotation.Generated;

/**
 * Prometheus recorders of every category of {@link TrickyNamesMetrics}. Register once per registry; to register one category only, use its own {@code register}.
 */
@Generated("com.mastertrade.metrics.processor.MetricsSchemaProcessor")
@SuppressWarnings({"deprecation", "removal"})
public final class PrometheusTrickyNamesMetrics {
  public static final String NAMESPACE = "tricky";

  private final PrometheusTrickyNamesMetricsDefault default_;

  private final PrometheusTrickyNamesMetricsClass class_;

  private final PrometheusTrickyNamesMetricsInt int_;

  private PrometheusTrickyNamesMetrics(PrometheusRegistry registry) {
    this.default_ = PrometheusTrickyNamesMetricsDefault.register(registry);
    this.class_ = PrometheusTrickyNamesMetricsClass.register(registry);
    this.int_ = PrometheusTrickyNamesMetricsInt.register(registry);
  }

  /**
   * Registers every metric of the schema on {@code registry}.
   */
  public static PrometheusTrickyNamesMetrics register(PrometheusRegistry registry) {
    return new PrometheusTrickyNamesMetrics(registry);
  }

  /**
   * Default *&#47; &lt;b&gt;bold&lt;/b&gt; &amp; &#64;param: Ends *&#47; a comment, &#92;u002a/ too; {&#64;code x} and
   * &#64;see tags.
   */
  public TrickyNamesMetrics.Default default_() {
    return default_;
  }

  /**
   * Class: A category named like a keyword.
   */
  public TrickyNamesMetrics.Class class_() {
    return class_;
  }

  /**
   * Int: Another keyword.
   */
  public TrickyNamesMetrics.Int int_() {
    return int_;
  }
}
