package com.example.shop;

import com.mastertrade.metrics.runtime.BoundedLabelValues;
import com.mastertrade.metrics.runtime.InfoRecorder;
import com.mastertrade.metrics.runtime.LabelOverflowCounter;
import com.mastertrade.metrics.runtime.LabelSpace;
import com.mastertrade.metrics.runtime.OpenLabelRecorders;
import com.mastertrade.metrics.runtime.Recorders;
import com.mastertrade.metrics.runtime.ResolvedSeries;
import io.prometheus.metrics.core.metrics.Info;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.annotation.Generated;

/**
 * Prometheus recorders of the Build metrics (Build): What is running.
 */
@Generated("com.mastertrade.metrics.processor.MetricsSchemaProcessor")
@SuppressWarnings({"deprecation", "removal"})
public final class PrometheusShopMetricsBuild implements ShopMetrics.Build {
  /**
   * The exposed name of {@link #build}.
   */
  public static final String BUILD = "shop_build_info";

  private final OpenLabelRecorders<InfoRecorder> build;

  private final BoundedLabelValues buildVersion;

  /**
   * The series {@link #build} resolved last. Plain fields on purpose: a {@code ResolvedSeries} is immutable, so a thread sees it complete, and a stale or torn pair only costs the lookup.
   */
  private ResolvedSeries<InfoRecorder> buildLast;

  /**
   * The series {@link #build} resolved before the last one.
   */
  private ResolvedSeries<InfoRecorder> buildPrevious;

  private PrometheusShopMetricsBuild(PrometheusRegistry registry) {
    Info buildMetric = Info.builder()
          .name("shop_build_info")
          .help("Version of the running build")
          .labelNames("version")
          .register(registry);
    this.buildVersion = new BoundedLabelValues(4, LabelOverflowCounter.forLabel(registry, "shop_label_overflow", "shop_build_info", "version"));
    this.build = new OpenLabelRecorders<>(LabelSpace.of(buildVersion), values -> Recorders.info(buildMetric, values));
  }

  /**
   * Registers the Build metrics on {@code registry}.
   */
  public static PrometheusShopMetricsBuild register(PrometheusRegistry registry) {
    return new PrometheusShopMetricsBuild(registry);
  }

  @Override
  public InfoRecorder build(String version) {
    ResolvedSeries<InfoRecorder> last = buildLast;
    if (last != null && last.open(0) == version) {
      return last.recorder();
    }
    ResolvedSeries<InfoRecorder> previous = buildPrevious;
    if (previous != null && previous.open(0) == version) {
      return previous.recorder();
    }
    ResolvedSeries<InfoRecorder> series = build.series(buildVersion.indexOf(version));
    if (series.reusable() && series != last && series != previous) {
      buildPrevious = last;
      buildLast = series;
    }
    return series.recorder();
  }
}
