package com.mastertrade.metrics.processor.alerts;

import com.mastertrade.metrics.processor.declarations.SloModel.Kind;
import com.mastertrade.metrics.processor.slo.Decimals;
import com.mastertrade.metrics.processor.slo.ResolvedSlo;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The events one instance of an SLO's service counts, minute by minute: all of them and the bad
 * ones, as the counters a scrape reads every minute (a restart sets them back to zero). Rendered as
 * promtool input series in client_java's spelling: an availability SLO's counter with a good and a
 * bad label value, or a latency SLO's histogram whose good observations sit exactly at the
 * threshold and whose bad ones above every finite bound, or, where the SLI reads the native
 * histogram, that histogram with the bad observations in the bucket just above the threshold.
 */
final class ScenarioTraffic {
  private final String instance;
  private final List<BigDecimal> total = new ArrayList<>(List.of(BigDecimal.ZERO));
  private final List<BigDecimal> bad = new ArrayList<>(List.of(BigDecimal.ZERO));
  private BigDecimal totalSinceStart = BigDecimal.ZERO;
  private BigDecimal badSinceStart = BigDecimal.ZERO;

  ScenarioTraffic(String instance) {
    this.instance = instance;
  }

  /** {@code minutes} minutes of {@code perMinute} events, {@code badPerMinute} of them bad. */
  ScenarioTraffic steady(int minutes, BigDecimal perMinute, BigDecimal badPerMinute) {
    for (int i = 0; i < minutes; i++) {
      minute(perMinute, badPerMinute);
    }
    return this;
  }

  ScenarioTraffic steady(int minutes, long perMinute, long badPerMinute) {
    return steady(minutes, BigDecimal.valueOf(perMinute), BigDecimal.valueOf(badPerMinute));
  }

  /** {@code minutes} minutes with one good event every {@code every} minutes. */
  ScenarioTraffic sparse(int minutes, int every) {
    for (int i = 1; i <= minutes; i++) {
      minute(i % every == 0 ? BigDecimal.ONE : BigDecimal.ZERO, BigDecimal.ZERO);
    }
    return this;
  }

  /** The series are gone for {@code minutes} minutes: no scrape reads them. */
  ScenarioTraffic gone(int minutes) {
    for (int i = 0; i < minutes; i++) {
      total.add(null);
      bad.add(null);
    }
    return this;
  }

  /** The process restarts: the next minute's counters start again from zero. */
  ScenarioTraffic restart() {
    totalSinceStart = BigDecimal.ZERO;
    badSinceStart = BigDecimal.ZERO;
    return this;
  }

  /** The minutes covered so far. */
  int minutes() {
    return total.size() - 1;
  }

  private void minute(BigDecimal events, BigDecimal badEvents) {
    totalSinceStart = totalSinceStart.add(events);
    badSinceStart = badSinceStart.add(badEvents);
    total.add(totalSinceStart);
    bad.add(badSinceStart);
  }

  /** The input series, by series, in promtool's expanding notation. */
  Map<String, String> series(ResolvedSlo slo) {
    Map<String, String> series = new LinkedHashMap<>();
    List<BigDecimal> good = new ArrayList<>();
    for (int i = 0; i < total.size(); i++) {
      good.add(total.get(i) == null ? null : total.get(i).subtract(bad.get(i)));
    }
    if (slo.slo().kind() == Kind.AVAILABILITY) {
      String name = slo.metricName();
      String label = slo.eventLabel();
      series.put(
          ExpositionSeries.counter(name, label, slo.otherValue(), slo.job(), instance),
          expanding(good));
      series.put(
          ExpositionSeries.counter(name, label, slo.eventValues().get(0), slo.job(), instance),
          expanding(bad));
      return series;
    }
    if (slo.nativeSli()) {
      series.put(
          ExpositionSeries.nativeHistogram(slo.metricName(), slo.job(), instance),
          new NativeHistogramSeries(slo).expanding(good, bad));
      return series;
    }
    List<String> histogram =
        ExpositionSeries.histogram(slo.metricName(), slo.buckets(), slo.job(), instance);
    List<BigDecimal> zero = new ArrayList<>();
    total.forEach(v -> zero.add(v == null ? null : BigDecimal.ZERO));
    double threshold = slo.slo().threshold();
    for (int i = 0; i < slo.buckets().size(); i++) {
      series.put(histogram.get(i), expanding(slo.buckets().get(i) >= threshold ? good : zero));
    }
    series.put(histogram.get(slo.buckets().size()), expanding(total));
    series.put(histogram.get(slo.buckets().size() + 1), expanding(total));
    return series;
  }

  /**
   * Values one a minute as runs of {@code a+bxn} (n+1 values from a in steps of b), a missing one
   * as {@code _}.
   */
  static String expanding(List<BigDecimal> values) {
    List<String> runs = new ArrayList<>();
    int i = 0;
    while (i < values.size()) {
      if (values.get(i) == null) {
        runs.add("_");
        i++;
        continue;
      }
      int j = i;
      if (i + 1 < values.size() && values.get(i + 1) != null) {
        BigDecimal step = values.get(i + 1).subtract(values.get(i));
        j = i + 1;
        while (j + 1 < values.size()
            && values.get(j + 1) != null
            && values.get(j + 1).subtract(values.get(j)).compareTo(step) == 0) {
          j++;
        }
        if (step.signum() < 0) {
          j = i;
        }
      }
      BigDecimal step = j == i ? BigDecimal.ZERO : values.get(i + 1).subtract(values.get(i));
      runs.add(
          j == i
              ? Decimals.plain(values.get(i))
              : Decimals.plain(values.get(i)) + "+" + Decimals.plain(step) + "x" + (j - i));
      i = j + 1;
    }
    return String.join(" ", runs);
  }
}
