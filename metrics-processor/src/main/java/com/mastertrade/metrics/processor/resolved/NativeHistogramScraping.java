package com.mastertrade.metrics.processor.resolved;

import com.mastertrade.metrics.annotations.HistogramKind;
import com.mastertrade.metrics.processor.model.MetricModel;
import com.mastertrade.metrics.processor.model.MetricType;
import com.mastertrade.metrics.processor.promql.syntax.PrometheusVersion;
import java.util.List;

/**
 * How Prometheus must scrape a schema with native histograms. Native histograms travel only in
 * the protobuf exposition, so Prometheus 3.5 is told to ask for it first ({@code
 * scrape_protocols}); it then ingests only the native part of a histogram that has both, unless
 * {@code always_scrape_classic_histograms} keeps the classic buckets the schema also declared.
 * Prometheus 3.5 still needs {@code --enable-feature=native-histograms} on its command line
 * ({@code scrape_native_histograms} replaces that flag only from 3.8). Prometheus 2.42 has neither
 * setting: with the feature flag it negotiates protobuf by itself and keeps the native part only.
 *
 * @param protobufFirst whether to ask for the protobuf exposition first
 * @param keepClassic whether to keep the classic buckets of histograms that have both
 */
public record NativeHistogramScraping(boolean protobufFirst, boolean keepClassic) {
  /** Prometheus' protocols, protobuf first, then its default order. */
  public static final List<String> PROTOCOLS =
      List.of(
          "PrometheusProto", "OpenMetricsText1.0.0", "OpenMetricsText0.0.1", "PrometheusText0.0.4");

  /**
   * Whether Prometheus ingests native histograms of this schema, which 3.5 does only with {@code
   * --enable-feature=native-histograms}: exactly when it asks for protobuf first.
   */
  public boolean ingestsNative() {
    return protobufFirst;
  }

  static NativeHistogramScraping of(ResolvedSchema schema) {
    if (!schema.target().version().atLeast(PrometheusVersion.V3_5)) {
      return new NativeHistogramScraping(false, false);
    }
    List<MetricModel> histograms =
        schema.model().metrics().filter(m -> m.type() == MetricType.HISTOGRAM).toList();
    boolean anyNative = histograms.stream().anyMatch(MetricModel::nativeHistogram);
    boolean anyBoth =
        histograms.stream().anyMatch(m -> m.histogram().kind() == HistogramKind.BOTH);
    return new NativeHistogramScraping(anyNative, anyBoth);
  }
}
