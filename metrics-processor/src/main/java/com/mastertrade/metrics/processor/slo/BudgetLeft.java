package com.mastertrade.metrics.processor.slo;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The {@code budget_left} annotation of an SLO's burn alerts: the share of the compliance window's
 * error budget left, as the SLO's {@value BurnRateWindows#BUDGET_REMAINING} last recorded it, in
 * percent with one decimal ({@code 65.6%}; below zero once the budget is overspent, {@code
 * -12.0%}), or {@value #UNKNOWN} while no budget has been recorded within {@value #LOOKBACK}. The
 * ratio reads 0 for a window without events, so the text is never NaN.
 */
public final class BudgetLeft {
  /** The annotation's name, which the Alertmanager templates print. */
  public static final String ANNOTATION = "budget_left";

  /**
   * How far back the annotation reads the budget: two evaluations of the long-window group that
   * records it, so that the page, in the other group, finds the last sample while the long group
   * is still evaluating the next one.
   */
  public static final String LOOKBACK = "10m";

  /** The text while the budget is missing: the long-window group has not run, or fails. */
  public static final String UNKNOWN = "unknown";

  /** A rendered value this close to a rounding boundary could round either way in floats. */
  private static final BigDecimal TIE_MARGIN = new BigDecimal("1e-9");

  private BudgetLeft() {}

  /** The annotation's template: Prometheus queries the budget when it evaluates the alert. */
  public static String template(ResolvedSlo slo) {
    return "{{ with query `100 * last_over_time("
        + BurnRateWindows.BUDGET_REMAINING
        + SloAlerts.selector(slo)
        + "["
        + LOOKBACK
        + "])` }}{{ . | first | value | printf \"%.1f%%\" }}{{ else }}"
        + UNKNOWN
        + "{{ end }}";
  }

  /**
   * What the template renders for a budget left of {@code ratio} (1 untouched, 0 spent): Go's
   * {@code %.1f} of a hundred times it, {@code -0.0} for a small overspend included.
   *
   * @throws IllegalStateException if the value lies so close to halfway between two texts that the
   *     floating-point result Prometheus computes could round to either
   */
  public static String text(BigDecimal ratio) {
    BigDecimal percent = ratio.movePointRight(2);
    BigDecimal tenths = percent.movePointRight(1);
    BigDecimal fraction = tenths.subtract(tenths.setScale(0, RoundingMode.FLOOR));
    if (fraction.subtract(new BigDecimal("0.5")).abs().compareTo(TIE_MARGIN) < 0) {
      throw new IllegalStateException(
          "budget left "
              + percent.toPlainString()
              + "% lies on a rounding boundary of one decimal");
    }
    BigDecimal rounded = percent.setScale(1, RoundingMode.HALF_EVEN);
    String sign = percent.signum() < 0 && rounded.signum() == 0 ? "-" : "";
    return sign + rounded.toPlainString() + "%";
  }
}
