package com.mastertrade.metrics.processor.slo;

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

  /** Any of the severity's conditions: burn above its factor over both its windows. */
  public static String expr(ResolvedSlo slo, Severity severity) {
    return String.join(
        " or ",
        conditions(severity).stream()
            .map(
                c -> {
                  String ratio = Decimals.plain(c.errorRatio(slo.budget()));
                  return "("
                      + series(slo, c.longWindow())
                      + " > "
                      + ratio
                      + " and "
                      + series(slo, c.shortWindow())
                      + " > "
                      + ratio
                      + ")";
                })
            .toList());
  }

  public static String series(ResolvedSlo slo, String window) {
    return BurnRateWindows.record(window) + "{slo=\"" + slo.name() + "\"}";
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

  public static String description(ResolvedSlo slo, Severity severity) {
    StringBuilder text = new StringBuilder();
    text.append("Objective: ")
        .append(slo.objectivePercent())
        .append("% of ")
        .append(lowerFirst(slo.slo().description()))
        .append(" The error ratio has been above ");
    List<Condition> conditions = conditions(severity);
    for (int i = 0; i < conditions.size(); i++) {
      Condition c = conditions.get(i);
      text.append(i == 0 ? "" : ", or above ")
          .append(Decimals.plain(c.factor()))
          .append(" times the budget over ")
          .append(c.longWindow())
          .append(" and ")
          .append(c.shortWindow());
    }
    Condition fastest = conditions.get(0);
    BigDecimal days =
        new BigDecimal(slo.slo().window().replace("d", ""))
            .divide(fastest.factor(), 1, RoundingMode.HALF_UP);
    text.append(": at ")
        .append(Decimals.plain(fastest.factor()))
        .append(" times, the whole budget is spent in ")
        .append(Decimals.plain(days))
        .append(" days.");
    return text.toString();
  }

  private static String lowerFirst(String sentence) {
    String text = sentence.endsWith(".") ? sentence : sentence + ".";
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
