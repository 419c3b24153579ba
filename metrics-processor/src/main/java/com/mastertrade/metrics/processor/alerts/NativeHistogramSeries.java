package com.mastertrade.metrics.processor.alerts;

import com.mastertrade.metrics.processor.slo.Decimals;
import com.mastertrade.metrics.processor.slo.ResolvedSlo;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot.HistogramDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.NativeHistogramBuckets;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The native histogram of a latency SLO's scenario as promtool's {@code input_series} notation
 * ({@code {{schema:5 sum:.. count:.. z_bucket:0 z_bucket_w:.. buckets:[..] offset:..}}}), its layout
 * taken from client_java: a native histogram with the metric's schema observes one good event at
 * the threshold and one bad event in the middle of the bucket just above it, and its snapshot says
 * the schema, the zero bucket's width and each event's bucket index. The scenario's counts fill
 * those buckets: a bad event lies as close above the threshold as a bucket allows, so an SLI that
 * interpolated across the threshold would count it good.
 */
final class NativeHistogramSeries {
  private final int schema;
  private final double zeroThreshold;
  private final int goodIndex;
  private final int badIndex;
  private final BigDecimal goodValue;
  private final BigDecimal badValue;

  NativeHistogramSeries(ResolvedSlo slo) {
    int initialSchema = slo.histogram().nativeInitialSchema();
    double threshold = slo.slo().threshold();
    double bad = threshold * Math.pow(2, Math.pow(2, -initialSchema) / 2);
    Histogram histogram =
        Histogram.builder()
            .name(slo.metricName())
            .help("scenario")
            .nativeOnly()
            .nativeInitialSchema(initialSchema)
            .build();
    histogram.observe(threshold);
    histogram.observe(bad);
    HistogramDataPointSnapshot point = histogram.collect().getDataPoints().get(0);
    NativeHistogramBuckets buckets = point.getNativeBucketsForPositiveValues();
    if (buckets.size() != 2) {
      throw new IllegalStateException(
          "client_java put " + threshold + " and " + bad + " in " + buckets.size() + " buckets");
    }
    this.schema = point.getNativeSchema();
    this.zeroThreshold = point.getNativeZeroThreshold();
    this.goodIndex = buckets.getBucketIndex(0);
    this.badIndex = buckets.getBucketIndex(1);
    this.goodValue = new BigDecimal(Double.toString(threshold));
    this.badValue = new BigDecimal(Double.toString(bad));
  }

  /**
   * The values, one a minute, of cumulative {@code good} and {@code bad} events (null where the
   * series is missing), as runs of {@code {{a}}+{{b}}xn}: n+1 histograms from a in steps of b.
   */
  String expanding(List<BigDecimal> good, List<BigDecimal> bad) {
    List<String> runs = new ArrayList<>();
    int i = 0;
    while (i < good.size()) {
      if (good.get(i) == null) {
        runs.add("_");
        i++;
        continue;
      }
      int j = i;
      if (i + 1 < good.size() && good.get(i + 1) != null) {
        BigDecimal goodStep = good.get(i + 1).subtract(good.get(i));
        BigDecimal badStep = bad.get(i + 1).subtract(bad.get(i));
        if (goodStep.signum() >= 0 && badStep.signum() >= 0) {
          j = i + 1;
          while (j + 1 < good.size()
              && good.get(j + 1) != null
              && good.get(j + 1).subtract(good.get(j)).compareTo(goodStep) == 0
              && bad.get(j + 1).subtract(bad.get(j)).compareTo(badStep) == 0) {
            j++;
          }
        }
      }
      String start = histogram(good.get(i), bad.get(i));
      runs.add(
          j == i
              ? start
              : start
                  + "+"
                  + histogram(
                      good.get(i + 1).subtract(good.get(i)), bad.get(i + 1).subtract(bad.get(i)))
                  + "x"
                  + (j - i));
      i = j + 1;
    }
    return String.join(" ", runs);
  }

  /** One histogram: {@code good} events in the threshold's bucket, {@code bad} in the next. */
  private String histogram(BigDecimal good, BigDecimal bad) {
    BigDecimal sum = good.multiply(goodValue).add(bad.multiply(badValue));
    List<String> counts = new ArrayList<>();
    for (int index = goodIndex; index <= badIndex; index++) {
      counts.add(
          index == goodIndex ? Decimals.plain(good) : index == badIndex ? Decimals.plain(bad) : "0");
    }
    return "{{schema:"
        + schema
        + " sum:"
        + Decimals.plain(sum)
        + " count:"
        + Decimals.plain(good.add(bad))
        + " z_bucket:0 z_bucket_w:"
        + String.format(Locale.ROOT, "%s", zeroThreshold)
        + " buckets:["
        + String.join(" ", counts)
        + "] offset:"
        + goodIndex
        + "}}";
  }
}
