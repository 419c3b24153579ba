package com.example.shop;

import com.mastertrade.metrics.runtime.BoundedLabelValues;
import com.mastertrade.metrics.runtime.InfoRecorder;
import com.mastertrade.metrics.runtime.LabelOverflowCounter;
import com.mastertrade.metrics.runtime.LabelSpace;
import com.mastertrade.metrics.runtime.LazyRecorders;
import com.mastertrade.metrics.runtime.Recorders;
import io.prometheus.metrics.core.metrics.Info;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.annotation.Generated;

/**
 * Prometheus recorders of the Build metrics (Build): What is running.
 */
@Generated("com.mastertrade.metrics.processor.MetricsSchemaProcessor")
public final class PrometheusShopMetricsBuild implements ShopMetrics.Build {
  /**
   * The exposed name of {@link #build}.
   */
  public static final String BUILD = "shop_build_info";

  private final LazyRecorders<InfoRecorder> build;

  private final BoundedLabelValues buildVersion;

  private PrometheusShopMetricsBuild(PrometheusRegistry registry) {
    Info buildMetric = Info.builder()
          .name("shop_build_info")
          .help("Version of the running build")
          .labelNames("version")
          .register(registry);
    this.buildVersion = new BoundedLabelValues(4, LabelOverflowCounter.forLabel(registry, "shop_label_overflow", "shop_build_info", "version"));
    this.build = new LazyRecorders<>(LabelSpace.of(buildVersion), values -> Recorders.info(buildMetric, values));
  }

  /**
   * Registers the Build metrics on {@code registry}.
   */
  public static PrometheusShopMetricsBuild register(PrometheusRegistry registry) {
    return new PrometheusShopMetricsBuild(registry);
  }

  @Override
  public InfoRecorder build(String version) {
    return build.get(buildVersion.indexOf(version));
  }
}
