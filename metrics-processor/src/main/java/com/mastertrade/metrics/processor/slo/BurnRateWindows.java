package com.mastertrade.metrics.processor.slo;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * The multi-window, multi-burn-rate alerting of the Google SRE workbook (chapter "Alerting on
 * SLOs"): an alert fires when the error budget burns faster than {@code factor} times the
 * sustainable rate over both a long window (enough budget spent to matter) and a short one (still
 * burning now, so the alert resets soon after the burn stops).
 *
 * <p>Each condition is declared by the share of the budget it lets its long window spend (2% in
 * 1h, 5% in 6h, 10% in 1d, 10% in 3d); the factor follows from the compliance window: {@code share
 * * compliance window / long window}, 14.4/6/3/1 for 30 days and 13.44/5.6/2.8/0.933 for 28.
 */
public final class BurnRateWindows {
  /** The windows recorded from the raw series by the SLO's group, at the global interval. */
  public static final List<String> FAST_WINDOWS = List.of("5m", "30m", "1h", "2h", "6h");

  /** The windows recorded from 5m samples by the SLO's long-window group. */
  public static final List<String> LONG_WINDOWS = List.of("1d", "3d");

  /** The four conditions: two page, two open a ticket. */
  public static final List<Condition> CONDITIONS =
      List.of(
          new Condition(Severity.PAGE, "1h", "5m", new BigDecimal("0.02"), 60),
          new Condition(Severity.PAGE, "6h", "30m", new BigDecimal("0.05"), 360),
          new Condition(Severity.TICKET, "1d", "2h", new BigDecimal("0.10"), 1440),
          new Condition(Severity.TICKET, "3d", "6h", new BigDecimal("0.10"), 4320));

  /** The window every burn-rate test is padded to, in minutes: the longest, 3d. */
  public static final int LONGEST_MINUTES = 4320;

  /** Thresholds are written with this many significant digits (0.004666666667). */
  private static final MathContext DIGITS = new MathContext(10, RoundingMode.HALF_EVEN);

  private BurnRateWindows() {}

  /** The severity label of the alerts a condition belongs to. */
  public enum Severity {
    PAGE,
    TICKET;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One condition: burn above the factor over {@code longWindow} and {@code shortWindow}.
   *
   * @param budgetShare the share of the compliance window's budget spent in {@code longWindow} at
   *     the factor
   * @param longMinutes {@code longWindow} in minutes
   */
  public record Condition(
      Severity severity,
      String longWindow,
      String shortWindow,
      BigDecimal budgetShare,
      int longMinutes) {

    /** The burn rate above which the condition holds, for a compliance window of that many days. */
    public BigDecimal factor(int complianceDays) {
      return budgetShare
          .multiply(BigDecimal.valueOf(complianceDays * 1440L))
          .divide(BigDecimal.valueOf(longMinutes), DIGITS);
    }

    /** The factor as people read it: at most three decimals, {@code 0.933}. */
    public String factorText(int complianceDays) {
      return Decimals.plain(factor(complianceDays).setScale(3, RoundingMode.HALF_EVEN));
    }

    /** The error ratio above which the condition holds, for an error budget of {@code budget}. */
    public BigDecimal errorRatio(int complianceDays, BigDecimal budget) {
      return budgetShare
          .multiply(BigDecimal.valueOf(complianceDays * 1440L))
          .multiply(budget)
          .divide(BigDecimal.valueOf(longMinutes), DIGITS);
    }

    /** The share of the budget in percent, {@code 2}. */
    public String budgetPercent() {
      return Decimals.plain(budgetShare.movePointRight(2));
    }
  }

  /** The recorded error ratio of an SLO over {@code window}. */
  public static String record(String window) {
    return "slo:sli_error:ratio_rate" + window;
  }

  /** The recorded rate of all events, per second, over {@code window}. */
  public static String events(String window) {
    return "slo:sli_events:rate" + window;
  }

  /** The recorded number of all events in {@code window}. */
  public static String eventCount(String window) {
    return "slo:sli_events:increase" + window;
  }

  /** The recorded rate of bad events, per second, over {@code window}. */
  public static String badEvents(String window) {
    return "slo:sli_bad_events:rate" + window;
  }

  /** The recorded share of the error budget left over the compliance window. */
  public static final String BUDGET_REMAINING = "slo:error_budget_remaining:ratio";
}
