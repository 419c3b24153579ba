package com.mastertrade.metrics.processor.slo;

import java.math.BigDecimal;
import java.util.List;

/**
 * The multi-window, multi-burn-rate alerting of the Google SRE workbook (chapter "Alerting on
 * SLOs"): an alert fires when the error budget burns faster than {@code factor} times the
 * sustainable rate over both a long window (enough budget spent to matter) and a short one (still
 * burning now, so the alert resets soon after the burn stops).
 */
public final class BurnRateWindows {
  /** The windows every SLI is recorded over. */
  public static final List<String> SLI_WINDOWS = List.of("5m", "30m", "1h", "2h", "6h", "1d", "3d");

  /** The four conditions: two page, two open a ticket. */
  public static final List<Condition> CONDITIONS =
      List.of(
          new Condition(Severity.PAGE, "1h", "5m", new BigDecimal("14.4"), 60),
          new Condition(Severity.PAGE, "6h", "30m", new BigDecimal("6"), 360),
          new Condition(Severity.TICKET, "1d", "2h", new BigDecimal("3"), 1440),
          new Condition(Severity.TICKET, "3d", "6h", new BigDecimal("1"), 4320));

  /** The window every burn-rate test is padded to, in minutes: the longest, 3d. */
  public static final int LONGEST_MINUTES = 4320;

  private BurnRateWindows() {}

  /** The severity label of the alerts a condition belongs to. */
  public enum Severity {
    PAGE,
    TICKET;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * One condition: burn above {@code factor} over {@code longWindow} and {@code shortWindow}.
   *
   * @param longMinutes {@code longWindow} in minutes
   */
  public record Condition(
      Severity severity,
      String longWindow,
      String shortWindow,
      BigDecimal factor,
      int longMinutes) {

    /** The error ratio above which the condition holds, for an error budget of {@code budget}. */
    public BigDecimal errorRatio(BigDecimal budget) {
      return factor.multiply(budget);
    }
  }

  /** The recorded error ratio of an SLO over {@code window}. */
  public static String record(String window) {
    return "slo:sli_error:ratio_rate" + window;
  }

  /** The recorded share of the error budget left over the compliance window. */
  public static final String BUDGET_REMAINING = "slo:error_budget_remaining:ratio";
}
