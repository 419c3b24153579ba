package com.mastertrade.metrics.processor.slo;

import com.mastertrade.metrics.processor.declarations.SloModel.Kind;
import com.mastertrade.metrics.processor.slo.BurnRateWindows.Condition;
import com.mastertrade.metrics.processor.slo.BurnRateWindows.Severity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The page and ticket alerts of an SLO: name, expression and text. */
public final class SloAlerts {
  private SloAlerts() {}

  public static String name(ResolvedSlo slo, Severity severity) {
    return severity == Severity.PAGE ? slo.slo().pageAlert() : slo.slo().ticketAlert();
  }

  public static List<Condition> conditions(Severity severity) {
    return BurnRateWindows.CONDITIONS.stream().filter(c -> c.severity() == severity).toList();
  }

  /**
   * Any of the severity's conditions: burn above its factor over both its windows, with at least
   * the SLO's minimum number of events in the long window.
   */
  public static String expr(ResolvedSlo slo, Severity severity) {
    return String.join(
        " or ", conditions(severity).stream().map(c -> "(" + condition(slo, c) + ")").toList());
  }

  /** One condition of an alert, without parentheses. */
  public static String condition(ResolvedSlo slo, Condition c) {
    String ratio = threshold(slo, c);
    return series(slo, c.longWindow())
        + " > "
        + ratio
        + " and "
        + series(slo, c.shortWindow())
        + " > "
        + ratio
        + " and "
        + BurnRateWindows.eventCount(c.longWindow())
        + selector(slo)
        + " >= "
        + slo.minEvents(c);
  }

  /** The error ratio above which {@code c} holds for the SLO, as written in the rules. */
  public static String threshold(ResolvedSlo slo, Condition c) {
    return Decimals.plain(c.errorRatio(slo.complianceDays(), slo.budget()));
  }

  public static String series(ResolvedSlo slo, String window) {
    return BurnRateWindows.record(window) + selector(slo);
  }

  /** The selector of the SLO's recorded series: {@code {slo="name"}}. */
  public static String selector(ResolvedSlo slo) {
    return "{slo=\"" + slo.name() + "\"}";
  }

  /** How long the SLI's series must be missing before the absent alert fires. */
  public static final String ABSENT_FOR = "10m";

  /**
   * The SLI's series are missing: the events of the job (the target is gone, or the metric was
   * dropped), or, for latency, the threshold's bucket in every spelling. A native SLI reads one
   * series, the native histogram, which is missing too where Prometheus does not ingest native
   * histograms. No burn alert can fire then, so the SLO is blind.
   */
  public static String absentExpr(ResolvedSlo slo) {
    String all = "absent(" + slo.totalSeries() + "{job=\"" + slo.job() + "\"})";
    return slo.slo().kind() == Kind.LATENCY && !slo.nativeSli()
        ? all
            + " or absent("
            + slo.eventSeries()
            + "{job=\""
            + slo.job()
            + "\", "
            + slo.eventLabel()
            + slo.eventMatcher()
            + "})"
        : all;
  }

  public static String absentSummary(ResolvedSlo slo) {
    return "SLO " + slo.name() + " of " + slo.job() + " has no SLI: its burn alerts cannot fire";
  }

  public static String absentDescription(ResolvedSlo slo) {
    return "The series SLO "
        + slo.name()
        + " counts its events with have been missing for "
        + ABSENT_FOR
        + ": "
        + slo.totalSeries()
        + (slo.nativeSli() ? " (its native histogram)" : "")
        + " of job "
        + slo.job()
        + (slo.slo().kind() == Kind.LATENCY && !slo.nativeSli()
            ? ", or its bucket at the threshold (" + slo.eventSeries() + ")"
            : "")
        + ". Until they are back, the page and ticket of the SLO stay silent whatever the errors.";
  }

  public static String summary(ResolvedSlo slo, Severity severity) {
    return "SLO "
        + slo.name()
        + " of "
        + slo.job()
        + " burns its "
        + slo.slo().window()
        + " error budget "
        + (severity == Severity.PAGE ? "fast" : "slowly");
  }

  /**
   * What the firing alert means for the budget: each condition's factor, windows and the share of
   * the budget its long window has spent, and how long the rest lasts at the fastest factor.
   */
  public static String description(ResolvedSlo slo, Severity severity) {
    StringBuilder text = new StringBuilder();
    text.append("Objective: ")
        .append(slo.objectivePercent())
        .append("% of ")
        .append(lowerFirst(slo.slo().description()))
        .append(" The error ratio has been above ");
    List<Condition> conditions = conditions(severity);
    int days = slo.complianceDays();
    for (int i = 0; i < conditions.size(); i++) {
      Condition c = conditions.get(i);
      text.append(i == 0 ? "" : ", or above ")
          .append(c.factorText(days))
          .append(" times the budget over ")
          .append(c.longWindow())
          .append(" and ")
          .append(c.shortWindow())
          .append(" (")
          .append(c.budgetPercent())
          .append("% of the budget spent in ")
          .append(c.longWindow())
          .append(")");
    }
    Condition fastest = conditions.get(0);
    BigDecimal left =
        BigDecimal.valueOf(days).divide(fastest.factor(days), 1, RoundingMode.HALF_UP);
    text.append(": at ")
        .append(fastest.factorText(days))
        .append(" times, the whole budget is spent in ")
        .append(Decimals.plain(left))
        .append(" days.");
    return text.toString();
  }

  private static String lowerFirst(String sentence) {
    String text = sentence.endsWith(".") ? sentence : sentence + ".";
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
