package com.mastertrade.metrics.processor.slo;

import com.mastertrade.metrics.processor.declarations.SloModel;
import com.mastertrade.metrics.processor.declarations.SloModel.Kind;
import java.math.BigDecimal;
import java.util.List;

/**
 * An SLO checked against its schema and resolved into the series its SLI reads, shared by the rule,
 * rule test, dashboard and runbook writers.
 *
 * @param budget the error budget as a ratio, {@code 1 - objective / 100}, e.g. {@code 0.005}
 * @param totalSeries the series of all events: the counter, or the histogram's {@code _count}
 * @param eventSeries the counter (bad events) or the histogram's {@code _bucket} (good events)
 * @param eventLabel the label that selects them: the bad events' enum label, or {@code le}
 * @param eventMatcher the matcher on {@code eventLabel} with its operator, e.g. {@code ="5xx"}
 * @param eventValues for tests, label values the matcher selects: a bad value, or every spelling of
 *     the threshold Prometheus may store
 * @param otherValue for tests, a value of {@code eventLabel} the matcher does not select (a good
 *     event), empty for latency
 */
public record ResolvedSlo(
    SloModel slo,
    BigDecimal budget,
    String totalSeries,
    String eventSeries,
    String eventLabel,
    String eventMatcher,
    List<String> eventValues,
    String otherValue) {

  public ResolvedSlo {
    eventValues = List.copyOf(eventValues);
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
   * The share of bad events over {@code window}, by job. An availability SLO with no bad event yet
   * has no bad series: it counts as zero, not as no data.
   */
  public String errorRatio(String window) {
    String total = "sum by (job) (rate(" + selector(totalSeries, "") + "[" + window + "]))";
    String events =
        "sum by (job) (rate("
            + selector(eventSeries, ", " + eventLabel + eventMatcher)
            + "["
            + window
            + "]))";
    return slo.kind() == Kind.AVAILABILITY
        ? "(" + events + " or 0 * " + total + ") / " + total
        : "1 - " + events + " / " + total;
  }

  private String selector(String series, String extra) {
    return series + "{job=\"" + job() + "\"" + extra + "}";
  }
}
