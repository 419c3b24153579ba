package com.mastertrade.metrics.processor.slo;

import com.mastertrade.metrics.processor.slo.BurnRateWindows.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules of one SLO's two rule groups, in evaluation order. The first, at the global interval,
 * records the short windows from the raw series and holds the page and the absent-SLI ticket; the
 * long-window group, every {@value #LONG_INTERVAL}, records all and bad events per second over each
 * {@value #LONG_INTERVAL} and derives from those samples the 1d, 3d and compliance windows, the
 * budget left, Sloth's metadata series and the ticket. Every ratio is bad events over all events,
 * and 0 where there were none. The rule file and the schema snapshot both list these.
 */
public final class SloRules {
  /** The evaluation interval of the long-window group, and the window each of its samples covers. */
  public static final String LONG_INTERVAL = "5m";

  /** One rule: a recording rule (its series) or an alert (its name and severity), and its PromQL. */
  public record Rule(String name, String expr, Optional<Severity> alert) {}

  private SloRules() {}

  /** The name of the group of short windows and the page. */
  public static String group(ResolvedSlo slo) {
    return "slo_" + slo.name();
  }

  /** The name of the long-window group. */
  public static String longGroup(ResolvedSlo slo) {
    return "slo_" + slo.name() + "_long";
  }

  /** Both groups' rules. */
  public static List<Rule> of(ResolvedSlo slo) {
    List<Rule> rules = new ArrayList<>(fast(slo));
    rules.addAll(slow(slo));
    return rules;
  }

  public static List<Rule> fast(ResolvedSlo slo) {
    List<Rule> rules = new ArrayList<>();
    for (String window : BurnRateWindows.FAST_WINDOWS) {
      rules.add(record(BurnRateWindows.record(window), slo.errorRatio(window)));
    }
    for (String window : List.of("1h", "6h")) {
      rules.add(record(BurnRateWindows.eventCount(window), slo.eventCount(window)));
    }
    rules.add(alert(SloAlerts.name(slo, Severity.PAGE), SloAlerts.expr(slo, Severity.PAGE), Severity.PAGE));
    rules.add(alert(slo.slo().absentAlert(), SloAlerts.absentExpr(slo), Severity.TICKET));
    return rules;
  }

  public static List<Rule> slow(ResolvedSlo slo) {
    List<Rule> rules = new ArrayList<>();
    String sample = LONG_INTERVAL;
    rules.add(record(BurnRateWindows.events(sample), slo.eventRate(sample)));
    rules.add(record(BurnRateWindows.badEvents(sample), slo.badEventRate(sample)));
    String compliance = slo.slo().window();
    for (String window : List.of("1d", "3d", compliance)) {
      String events = average(BurnRateWindows.events(sample), slo, window);
      String bad = average(BurnRateWindows.badEvents(sample), slo, window);
      rules.add(record(BurnRateWindows.record(window), ResolvedSlo.ratio(bad, events)));
      if (!window.equals(compliance)) {
        // Each sample covers one interval: their sum is the events of the window, also while the
        // window is not yet full of samples.
        rules.add(
            record(
                BurnRateWindows.eventCount(window),
                "sum_over_time("
                    + BurnRateWindows.events(sample)
                    + SloAlerts.selector(slo)
                    + "["
                    + window
                    + "]) * 300"));
      }
    }
    String budget = Decimals.plain(slo.budget());
    rules.add(
        record(
            BurnRateWindows.BUDGET_REMAINING,
            "1 - " + SloAlerts.series(slo, compliance) + " / " + budget));
    rules.add(
        record(
            SloSeries.OBJECTIVE,
            "vector(" + Decimals.plain(java.math.BigDecimal.ONE.subtract(slo.budget())) + ")"));
    rules.add(record(SloSeries.ERROR_BUDGET, "vector(" + budget + ")"));
    rules.add(record(SloSeries.PERIOD_DAYS, "vector(" + slo.complianceDays() + ")"));
    rules.add(record(SloSeries.CURRENT_BURN_RATE, SloAlerts.series(slo, "5m") + " / " + budget));
    rules.add(
        record(SloSeries.PERIOD_BURN_RATE, SloAlerts.series(slo, compliance) + " / " + budget));
    rules.add(
        record(
            SloSeries.PERIOD_BUDGET_REMAINING,
            "1 - " + SloSeries.PERIOD_BURN_RATE + SloAlerts.selector(slo)));
    rules.add(record(SloSeries.INFO, "vector(1)"));
    rules.add(
        alert(SloAlerts.name(slo, Severity.TICKET), SloAlerts.expr(slo, Severity.TICKET), Severity.TICKET));
    return rules;
  }

  /**
   * The SLO's {@code series} averaged over {@code window}: events per second over the window. The
   * ratio of two averages is that of their sums, whatever the evaluation interval.
   */
  private static String average(String series, ResolvedSlo slo, String window) {
    return "avg_over_time(" + series + SloAlerts.selector(slo) + "[" + window + "])";
  }

  private static Rule record(String series, String expr) {
    return new Rule(series, expr, Optional.empty());
  }

  private static Rule alert(String name, String expr, Severity severity) {
    return new Rule(name, expr, Optional.of(severity));
  }
}
