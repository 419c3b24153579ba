package com.mastertrade.metrics.processor.slo;

import com.mastertrade.metrics.processor.declarations.SloModel;
import com.mastertrade.metrics.processor.declarations.SloModel.Kind;
import com.mastertrade.metrics.processor.model.HistogramModel;
import com.mastertrade.metrics.processor.promql.HistogramForm;
import com.mastertrade.metrics.processor.slo.BurnRateWindows.Condition;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * An SLO checked against its schema and resolved into the series its SLI reads, shared by the rule,
 * rule test, dashboard and runbook writers.
 *
 * @param budget the error budget as a ratio, {@code 1 - objective / 100}, e.g. {@code 0.005}
 * @param totalSeries the series of all events: the counter, the histogram's {@code _count}, or its
 *     native histogram
 * @param eventSeries the counter (bad events), the histogram's {@code _bucket} (good events), or
 *     its native histogram
 * @param eventLabel the label that selects them: the bad events' enum label, {@code le}, or empty
 *     for a native histogram
 * @param eventMatcher the matcher on {@code eventLabel} with its operator, e.g. {@code ="5xx"}
 * @param eventValues for tests, label values the matcher selects: a bad value, or every spelling of
 *     the threshold Prometheus may store; empty for a native histogram
 * @param otherValue for tests, a value of {@code eventLabel} the matcher does not select (a good
 *     event), empty for latency
 * @param metricName the metric's name as client_java registers it: without {@code _total}
 * @param buckets the histogram's bucket bounds (latency only)
 * @param histogram the histogram's kind and native parameters ({@link HistogramModel#NONE} for
 *     availability)
 * @param form the histogram's series the SLI reads on the target ({@code CLASSIC} for
 *     availability)
 */
public record ResolvedSlo(
    SloModel slo,
    BigDecimal budget,
    String totalSeries,
    String eventSeries,
    String eventLabel,
    String eventMatcher,
    List<String> eventValues,
    String otherValue,
    String metricName,
    List<Double> buckets,
    HistogramModel histogram,
    HistogramForm form) {

  public ResolvedSlo {
    eventValues = List.copyOf(eventValues);
    buckets = List.copyOf(buckets);
  }

  public String name() {
    return slo.name();
  }

  public String job() {
    return slo.service();
  }

  /** The objective in percent, as written: {@code 99.5}. */
  public String objectivePercent() {
    return Decimals.plain(BigDecimal.valueOf(slo.objective()));
  }

  /**
   * The fewest events the long window of {@code condition} must hold for it to fire: the SLO's
   * declared minimum, else as many as make one bad event alone stay under the condition's threshold
   * ({@code ceil(1 / threshold)}), so a single failure at low traffic never pages.
   */
  public long minEvents(Condition condition) {
    if (slo.minEvents() > 0) {
      return slo.minEvents();
    }
    BigDecimal threshold = condition.errorRatio(complianceDays(), budget);
    return BigDecimal.ONE.divide(threshold, 0, RoundingMode.CEILING).longValueExact();
  }

  /** The compliance window in days, 28 or 30. */
  public int complianceDays() {
    return Integer.parseInt(slo.window().replace("d", ""));
  }

  /** Whether the SLI reads a native histogram: a latency SLO on Prometheus 3 of one that has it. */
  public boolean nativeSli() {
    return slo.kind() == Kind.LATENCY && form == HistogramForm.NATIVE;
  }

  /** The number of all events in {@code window}, by job, from the raw series. */
  public String eventCount(String window) {
    String sum = "sum by (job) (increase(" + selector(totalSeries, "") + "[" + window + "]))";
    return nativeSli() ? "histogram_count(" + sum + ")" : sum;
  }

  /** All events per second over {@code window}, by job, from the raw series. */
  public String eventRate(String window) {
    return nativeSli()
        ? "histogram_count(" + nativeRate(window) + ")"
        : "sum by (job) (rate(" + selector(totalSeries, "") + "[" + window + "]))";
  }

  /** The native histogram of the job's observations per second over {@code window}. */
  private String nativeRate(String window) {
    return "sum by (job) (rate(" + selector(totalSeries, "") + "[" + window + "]))";
  }

  /** The threshold as written in the rules: {@code 0.25}. */
  public String thresholdText() {
    return Decimals.plain(BigDecimal.valueOf(slo.threshold()));
  }

  /**
   * Bad events per second over {@code window}, by job, from the raw series. An availability SLO
   * with no bad event yet has no bad series: it counts as zero, not as no data. A latency SLO's bad
   * events are those above the threshold: all events less the threshold's bucket, so a missing
   * bucket leaves no value rather than a perfect one. From a native histogram, the good events are
   * the share {@code histogram_fraction} puts at or under the threshold (exact when the threshold
   * is a bucket boundary, which the validator requires) times all events; that share is NaN in a
   * window without events, which counts as no bad event ({@code >= 0} drops the NaN, {@code or}
   * puts the zero in).
   */
  public String badEventRate(String window) {
    if (nativeSli()) {
      String all = eventRate(window);
      String good =
          "histogram_fraction(0, " + thresholdText() + ", " + nativeRate(window) + ") * " + all;
      return "(" + all + " - " + good + " >= 0 or " + all + " == 0)";
    }
    String events =
        "sum by (job) (rate("
            + selector(eventSeries, ", " + eventLabel + eventMatcher)
            + "["
            + window
            + "]))";
    return slo.kind() == Kind.AVAILABILITY
        ? "(" + events + " or 0 * " + eventRate(window) + ")"
        : "(" + eventRate(window) + " - " + events + ")";
  }

  /**
   * The share of bad events over {@code window}, by job: bad events over all events, weighted by
   * traffic. A window without events spent no budget: its ratio is 0, never NaN ({@code or total
   * == 0} keeps the zero total as the ratio).
   */
  public String errorRatio(String window) {
    return ratio(badEventRate(window), eventRate(window));
  }

  /** {@code bad / total}, and 0 where {@code total} is 0; nothing where either is missing. */
  public static String ratio(String bad, String total) {
    return bad + " / (" + total + " > 0) or " + total + " == 0";
  }

  private String selector(String series, String extra) {
    return series + "{job=\"" + job() + "\"" + extra + "}";
  }
}
