package com.mastertrade.metrics.processor.alerts;

import com.mastertrade.metrics.processor.slo.BudgetLeft;
import com.mastertrade.metrics.processor.slo.BurnRateWindows;
import com.mastertrade.metrics.processor.slo.BurnRateWindows.Condition;
import com.mastertrade.metrics.processor.slo.BurnRateWindows.Severity;
import com.mastertrade.metrics.processor.slo.Decimals;
import com.mastertrade.metrics.processor.slo.ResolvedSlo;
import com.mastertrade.metrics.processor.slo.SloAlerts;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * The production scenarios every SLO is tested against: no traffic, a pause, a busy clean hour
 * then a quiet erring one, low traffic with one failure, a total outage, one dead instance of
 * three, a restart during an outage, errors at twice the 1h page threshold after a clean day, and
 * a slow burn at and just above the lowest ticket factor.
 * The expected figures follow from the SLO's budget and factors and are stated in each name.
 */
final class SloScenarios {
  private static final long PER_MINUTE = 1000;

  /** Six clean hours before an outage, so that every page window starts full of good events. */
  private static final int LEAD = 360;

  /** The relative error of the traffic-weighted budget allowed for rate extrapolation. */
  private static final BigDecimal TOLERANCE = new BigDecimal("0.02");

  /**
   * A burn "at" the factor: a ten-thousandth under it, since Prometheus computes the ratio in
   * floating point (a latency SLO's bad events are all less good ones) and exact equality can come
   * out an ulp above the threshold.
   */
  private static final BigDecimal AT_FACTOR = new BigDecimal("0.9999");

  /** The minutes each sample of the long-window group covers, and its evaluation interval. */
  private static final int SAMPLE_MINUTES =
      Integer.parseInt(SloRuleWriter.LONG_INTERVAL.replace("m", ""));

  /** Prometheus' lookback: a series without samples is found for this many minutes after. */
  private static final int LOOKBACK = 5;

  private static final MathContext DIGITS = new MathContext(12, RoundingMode.HALF_EVEN);

  private SloScenarios() {}

  static List<SloScenario> of(ResolvedSlo slo) {
    return List.of(
        zeroTraffic(slo),
        gone(slo),
        pause(slo),
        busyThenQuiet(slo),
        lowTraffic(slo),
        outage(slo, false),
        oneOfThree(slo),
        outage(slo, true),
        incident(slo),
        slowBurn(slo, AT_FACTOR),
        slowBurn(slo, new BigDecimal("1.02")));
  }

  private static SloScenario zeroTraffic(ResolvedSlo slo) {
    return new SloScenario(
            "no traffic for 3h: no alert, SLI 0 and budget 1, not NaN",
            List.of(instance(1).steady(180, 0, 0)))
        .quiet(180)
        .absent(180, false)
        .value(180, BurnRateWindows.record("5m"), "0", "0")
        .value(180, BurnRateWindows.BUDGET_REMAINING, "1", "1");
  }

  /** An hour of traffic, then the series are gone: after a while, a ticket says the SLO is blind. */
  private static SloScenario gone(ResolvedSlo slo) {
    int forMinutes = Integer.parseInt(SloAlerts.ABSENT_FOR.replace("m", ""));
    return new SloScenario(
            "the SLI's series disappear after an hour: the SLI-absent ticket fires once they have"
                + " been missing "
                + SloAlerts.ABSENT_FOR
                + " past Prometheus' 5m lookback (by "
                + (LOOKBACK + forMinutes + 2)
                + "m, not at "
                + (LOOKBACK + forMinutes - 1)
                + "m), no burn alert",
            List.of(instance(1).steady(60, PER_MINUTE, 0).gone(30)))
        .absent(60, false)
        .absent(60 + LOOKBACK + forMinutes - 1, false)
        .absent(60 + LOOKBACK + forMinutes + 2, true)
        .quiet(90);
  }

  private static SloScenario pause(ResolvedSlo slo) {
    return new SloScenario(
            "a 10-minute pause, then 110 clean minutes: budget 1 during and after the pause",
            List.of(instance(1).steady(10, 0, 0).steady(110, PER_MINUTE, 0)))
        .value(10, BurnRateWindows.BUDGET_REMAINING, "1", "1")
        .value(120, BurnRateWindows.BUDGET_REMAINING, "1", "1")
        .quiet(120);
  }

  /** 60,000 clean events in an hour, then 600 in an hour at 10% errors: 60 bad of 60,600. */
  private static SloScenario busyThenQuiet(ResolvedSlo slo) {
    BigDecimal ratio = new BigDecimal(60).divide(new BigDecimal(60600), DIGITS);
    BigDecimal budget = BigDecimal.ONE.subtract(ratio.divide(slo.budget(), DIGITS));
    BigDecimal low =
        BigDecimal.ONE.subtract(
            ratio.multiply(BigDecimal.ONE.add(TOLERANCE)).divide(slo.budget(), DIGITS));
    BigDecimal high =
        BigDecimal.ONE.subtract(
            ratio.multiply(BigDecimal.ONE.subtract(TOLERANCE)).divide(slo.budget(), DIGITS));
    return new SloScenario(
            "a busy clean hour (60000 events), then a quiet hour (600) at 10% errors: budget left "
                + round(budget, 3)
                + " (60 bad of 60600, weighted by events)",
            List.of(
                instance(1)
                    .steady(10, 0, 0)
                    .steady(60, PER_MINUTE, 0)
                    .steady(60, 10, 1)
                    .steady(10, 0, 0)))
        .value(140, BurnRateWindows.BUDGET_REMAINING, round(low, 4), round(high, 4));
  }

  /** 20 events an hour for 5h, one of them failed, then another hour. */
  private static SloScenario lowTraffic(ResolvedSlo slo) {
    Condition fastest = SloAlerts.conditions(Severity.PAGE).get(0);
    return new SloScenario(
            "20 events an hour, one failed: no page (the 1h window needs "
                + slo.minEvents(fastest)
                + " events to page)",
            List.of(instance(1).sparse(300, 3).steady(1, 1, 1).sparse(59, 3)))
        .atLongWindowInterval()
        .quiet(305)
        .quiet(330)
        .quiet(360);
  }

  /** Every event fails from minute {@link #LEAD}; with {@code restart}, the service restarts. */
  private static SloScenario outage(ResolvedSlo slo, boolean restart) {
    int page = minutesToPage(slo, BigDecimal.ONE).orElseThrow();
    int silent = minutesSurelySilent(slo, BigDecimal.ONE).orElseThrow();
    ScenarioTraffic traffic = instance(1).steady(LEAD, PER_MINUTE, 0);
    int restartAfter = Math.max(1, page / 2);
    if (restart) {
      traffic.steady(restartAfter - 1, PER_MINUTE, PER_MINUTE).restart();
    }
    traffic.steady(page + 5 - traffic.minutes() + LEAD, PER_MINUTE, PER_MINUTE);
    String name =
        (restart
                ? "total outage, the service restarting after " + restartAfter + "m (counters reset)"
                : "total outage")
            + ": pages by "
            + page
            + "m after it starts, silent at "
            + silent
            + "m "
            + pageReason(slo, BigDecimal.ONE);
    return new SloScenario(name, List.of(traffic))
        .alert(LEAD + silent, Severity.PAGE, false)
        .alert(LEAD + page, Severity.PAGE, true);
  }

  /** Three instances; from minute {@link #LEAD} every event of the third fails. */
  private static SloScenario oneOfThree(ResolvedSlo slo) {
    BigDecimal share = BigDecimal.ONE.divide(new BigDecimal(3), DIGITS);
    Optional<Integer> page = minutesToPage(slo, share);
    int length = page.map(p -> p + 5).orElse(360);
    List<ScenarioTraffic> instances =
        List.of(
            instance(1).steady(LEAD + length, PER_MINUTE, 0),
            instance(2).steady(LEAD + length, PER_MINUTE, 0),
            instance(3).steady(LEAD, PER_MINUTE, 0).steady(length, PER_MINUTE, PER_MINUTE));
    if (page.isEmpty()) {
      return new SloScenario(
              "one of three instances fails every event (a third of all): below every page"
                  + " threshold, no page in 6h",
              instances)
          .alert(LEAD + length, Severity.PAGE, false);
    }
    int silent = minutesSurelySilent(slo, share).orElseThrow();
    return new SloScenario(
            "one of three instances fails every event (a third of all): pages by "
                + page.get()
                + "m after it starts, silent at "
                + silent
                + "m "
                + pageReason(slo, share),
            instances)
        .alert(LEAD + silent, Severity.PAGE, false)
        .alert(LEAD + page.get(), Severity.PAGE, true);
  }

  /**
   * A clean day, then errors at twice the 1h page threshold, evaluated every 5 minutes as the
   * long-window group is: the page fires and shows the budget left of that group's samples. Each
   * covers the 5 minutes before it and none straddles the start, so a sample is clean or at the
   * incident's error ratio, of the same number of events; the page reads the budget recorded an
   * evaluation before its own.
   */
  private static SloScenario incident(ResolvedSlo slo) {
    Condition fastest = SloAlerts.conditions(Severity.PAGE).get(0);
    BigDecimal share =
        new BigDecimal(SloAlerts.threshold(slo, fastest))
            .multiply(new BigDecimal(2))
            .min(BigDecimal.ONE);
    int step = SAMPLE_MINUTES;
    int page = minutesToPage(slo, share).orElseThrow();
    int minutes = (page + step - 1) / step * step + step;
    int clean = 1440;
    int samples = (clean + minutes - step) / step;
    int bad = (minutes - step) / step;
    BigDecimal budgetLeft =
        BigDecimal.ONE.subtract(
            share
                .multiply(BigDecimal.valueOf(bad))
                .divide(BigDecimal.valueOf(samples), MathContext.DECIMAL128)
                .divide(slo.budget(), MathContext.DECIMAL128));
    return new SloScenario(
            "a clean day, then errors at twice the 1h page threshold (error ratio "
                + Decimals.plain(share)
                + "): pages by "
                + page
                + "m, and "
                + minutes
                + "m in shows the budget left of the 5m samples "
                + (clean + minutes - step)
                + "m in, "
                + bad
                + " of "
                + samples
                + " at that ratio: "
                + BudgetLeft.text(budgetLeft),
            List.of(
                instance(1)
                    .steady(clean, BigDecimal.valueOf(PER_MINUTE), BigDecimal.ZERO)
                    .steady(
                        minutes,
                        BigDecimal.valueOf(PER_MINUTE),
                        share.multiply(BigDecimal.valueOf(PER_MINUTE)))))
        .atLongWindowInterval()
        .alert(clean + minutes, Severity.PAGE, budgetLeft);
  }

  /** Three days and an hour at {@code times} the lowest ticket threshold. */
  private static SloScenario slowBurn(ResolvedSlo slo, BigDecimal times) {
    Condition slowest = BurnRateWindows.CONDITIONS.get(BurnRateWindows.CONDITIONS.size() - 1);
    BigDecimal threshold = new BigDecimal(SloAlerts.threshold(slo, slowest));
    BigDecimal bad = threshold.multiply(times).multiply(BigDecimal.valueOf(PER_MINUTE));
    int minutes = BurnRateWindows.LONGEST_MINUTES + 60;
    boolean fires = times.compareTo(BigDecimal.ONE) > 0;
    String factor = slowest.factorText(slo.complianceDays());
    // Steady from the first minute: every 5m sample holds the same share of bad events, and the
    // compliance window, longer than the scenario, holds them all.
    BigDecimal budgetLeft =
        BigDecimal.ONE.subtract(
            bad.divide(BigDecimal.valueOf(PER_MINUTE), MathContext.DECIMAL128)
                .divide(slo.budget(), MathContext.DECIMAL128));
    SloScenario scenario =
        new SloScenario(
            "slow burn at "
                + (fires ? Decimals.plain(times) + " times " : "")
                + "the 3d factor "
                + factor
                + " (error ratio "
                + Decimals.plain(threshold.multiply(times))
                + (fires ? "" : ", a ten-thousandth under it")
                + ") for 3d: "
                    + (fires
                        ? "opens a ticket, budget left " + BudgetLeft.text(budgetLeft)
                        : "no ticket"),
                List.of(instance(1).steady(minutes, BigDecimal.valueOf(PER_MINUTE), bad)))
            .atLongWindowInterval();
    return (fires
            ? scenario.alert(minutes, Severity.TICKET, budgetLeft)
            : scenario.alert(minutes, Severity.TICKET, false))
        .alert(minutes, Severity.PAGE, false);
  }

  /**
   * The whole minutes after which an error share of {@code share} (of steady traffic) first
   * exceeds a page condition over both its windows: its long window's ratio grows by {@code share}
   * over the window each minute, so it passes the threshold after {@code window * threshold /
   * share} minutes. Empty if the share stays under every page threshold.
   */
  static Optional<Integer> minutesToPage(ResolvedSlo slo, BigDecimal share) {
    return minutesToPage(slo, share, 0);
  }

  /**
   * The last whole minute at which the page surely stays silent: Prometheus 3 leaves a range's
   * first instant out, so a histogram's ratio over a window of L minutes may read {@code t / (L -
   * 1)} after t minutes instead of {@code t / L}.
   */
  static Optional<Integer> minutesSurelySilent(ResolvedSlo slo, BigDecimal share) {
    return minutesToPage(slo, share, 1).map(m -> m - 1);
  }

  private static Optional<Integer> minutesToPage(ResolvedSlo slo, BigDecimal share, int fewer) {
    Optional<Integer> first = Optional.empty();
    for (Condition c : SloAlerts.conditions(Severity.PAGE)) {
      BigDecimal threshold = new BigDecimal(SloAlerts.threshold(slo, c));
      if (share.compareTo(threshold) <= 0) {
        continue;
      }
      int minutes =
          BigDecimal.valueOf(c.longMinutes() - fewer)
                  .multiply(threshold)
                  .divide(share, 0, RoundingMode.FLOOR)
                  .intValueExact()
              + 1;
      if (first.isEmpty() || minutes < first.get()) {
        first = Optional.of(minutes);
      }
    }
    return first;
  }

  private static String pageReason(ResolvedSlo slo, BigDecimal share) {
    Condition c = SloAlerts.conditions(Severity.PAGE).get(0);
    BigDecimal threshold = new BigDecimal(SloAlerts.threshold(slo, c));
    if (share.compareTo(threshold) <= 0) {
      c = SloAlerts.conditions(Severity.PAGE).get(1);
      threshold = new BigDecimal(SloAlerts.threshold(slo, c));
    }
    BigDecimal after =
        BigDecimal.valueOf(c.longMinutes()).multiply(threshold).divide(share, 2, RoundingMode.HALF_UP);
    return "(the "
        + c.longWindow()
        + " error ratio passes "
        + c.factorText(slo.complianceDays())
        + " x "
        + Decimals.plain(slo.budget().movePointRight(2))
        + "% = "
        + Decimals.plain(threshold.movePointRight(2).round(new MathContext(4)))
        + "% after "
        + Decimals.plain(after)
        + "m)";
  }

  private static ScenarioTraffic instance(int number) {
    return new ScenarioTraffic("app-" + number + ":8080");
  }

  private static String round(BigDecimal value, int scale) {
    return Decimals.plain(value.setScale(scale, RoundingMode.HALF_EVEN));
  }
}
