package com.mastertrade.metrics.processor.alerts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mastertrade.metrics.processor.declarations.SloModel.Kind;
import com.mastertrade.metrics.processor.output.ArtifactPaths;
import com.mastertrade.metrics.processor.output.GeneratedResource;
import com.mastertrade.metrics.processor.output.Serialization;
import com.mastertrade.metrics.processor.slo.BurnRateWindows;
import com.mastertrade.metrics.processor.slo.BurnRateWindows.Condition;
import com.mastertrade.metrics.processor.slo.BurnRateWindows.Severity;
import com.mastertrade.metrics.processor.slo.Decimals;
import com.mastertrade.metrics.processor.slo.ResolvedSlo;
import com.mastertrade.metrics.processor.slo.SloAlerts;
import java.math.BigDecimal;
import java.util.List;

/**
 * Writes {@code slos.test.yml}: for every SLO and each of the four burn-rate conditions, a case
 * that burns the budget at 5% above the condition's factor and one at 5% below, and checks which of
 * the page and ticket alerts fire.
 *
 * <p>Each case runs 3d and 1h on 1000 events a minute: healthy, then burning for the condition's
 * long window plus 10 minutes, so that its two windows see the burn rate in full and longer windows
 * see it diluted. Latency cases alternate the spellings of the threshold bound ({@code 0.25}, then
 * {@code 0.250}), and the firing ones prove the SLI matches both.
 */
public final class SloRuleTestWriter {
  /** 3d and an hour: every window fits, and the end is a whole number of evaluation intervals. */
  private static final int TOTAL_MINUTES = BurnRateWindows.LONGEST_MINUTES + 60;

  private static final BigDecimal EVENTS_PER_MINUTE = new BigDecimal(1000);
  private static final BigDecimal ABOVE = new BigDecimal("1.05");
  private static final BigDecimal BELOW = new BigDecimal("0.95");

  private final SloRuleWriter rules;

  public SloRuleTestWriter(SloRuleWriter rules) {
    this.rules = rules;
  }

  public GeneratedResource write(List<ResolvedSlo> slos) {
    ObjectNode file = Serialization.object();
    file.putArray("rule_files").add(ArtifactPaths.ruleFile(ArtifactPaths.SLO_RULES));
    // Rules are evaluated once an hour of the three-day cases: each evaluation reads every SLI
    // window in full from the series, and the alerts have no pending period to step through.
    file.put("evaluation_interval", "1h");
    ArrayNode tests = file.putArray("tests");
    for (ResolvedSlo slo : slos) {
      List<Condition> conditions = BurnRateWindows.CONDITIONS;
      for (int i = 0; i < conditions.size(); i++) {
        tests.add(testCase(slo, conditions.get(i), ABOVE, i));
        tests.add(testCase(slo, conditions.get(i), BELOW, i));
      }
    }
    return new GeneratedResource(
        ArtifactPaths.ALERTS + "/" + ArtifactPaths.ruleTestFile(ArtifactPaths.SLO_RULES),
        Serialization.yaml(file));
  }

  private ObjectNode testCase(ResolvedSlo slo, Condition condition, BigDecimal margin, int index) {
    BigDecimal burn = condition.factor().multiply(margin);
    BigDecimal errorRatio = burn.multiply(slo.budget());
    int burning = condition.longMinutes() + 10;
    int healthy = TOTAL_MINUTES - burning;
    boolean fires = margin.compareTo(BigDecimal.ONE) > 0;
    ObjectNode test = Serialization.object();
    test.put(
        "name",
        slo.name()
            + ": burn "
            + Decimals.plain(burn)
            + " over "
            + condition.longWindow()
            + " and "
            + condition.shortWindow()
            + (fires ? " fires the " + condition.severity().label() : " stays silent"));
    test.put("interval", "1m");
    ArrayNode inputs = test.putArray("input_series");
    BigDecimal bad = EVENTS_PER_MINUTE.multiply(errorRatio);
    BigDecimal good = EVENTS_PER_MINUTE.subtract(bad);
    String selector = "{job=\"" + slo.job() + "\", ";
    if (slo.slo().kind() == Kind.AVAILABILITY) {
      String label = slo.eventLabel();
      input(
          inputs,
          slo.totalSeries() + selector + label + "=\"" + slo.otherValue() + "\"}",
          counter(healthy, EVENTS_PER_MINUTE, burning, good));
      input(
          inputs,
          slo.eventSeries() + selector + label + "=\"" + slo.eventValues().get(0) + "\"}",
          counter(healthy, BigDecimal.ZERO, burning, bad));
    } else {
      String le = slo.eventValues().get(index % slo.eventValues().size());
      input(
          inputs,
          slo.totalSeries() + "{job=\"" + slo.job() + "\"}",
          counter(healthy, EVENTS_PER_MINUTE, burning, EVENTS_PER_MINUTE));
      input(
          inputs,
          slo.eventSeries() + selector + "le=\"" + le + "\"}",
          counter(healthy, EVENTS_PER_MINUTE, burning, good));
    }
    ArrayNode checks = test.putArray("alert_rule_test");
    for (Severity severity : Severity.values()) {
      check(checks, slo, severity, fires && severity == condition.severity());
    }
    return test;
  }

  private void check(ArrayNode checks, ResolvedSlo slo, Severity severity, boolean fires) {
    ObjectNode check = checks.addObject();
    check.put("eval_time", TOTAL_MINUTES + "m");
    check.put("alertname", SloAlerts.name(slo, severity));
    ArrayNode expected = check.putArray("exp_alerts");
    if (fires) {
      ObjectNode alert = expected.addObject();
      ObjectNode labels = alert.putObject("exp_labels");
      labels.put("severity", severity.label());
      labels.put("slo", slo.name());
      labels.put("job", slo.job());
      alert.set("exp_annotations", rules.annotations(slo, severity));
    }
  }

  private static void input(ArrayNode inputs, String series, String values) {
    ObjectNode input = inputs.addObject();
    input.put("series", series);
    input.put("values", values);
  }

  /**
   * A counter rising by {@code healthyRate} a minute for {@code healthy} minutes, then by {@code
   * burningRate} for {@code burning} minutes, in promtool's expanding notation.
   */
  private static String counter(
      int healthy, BigDecimal healthyRate, int burning, BigDecimal burningRate) {
    String start = healthy == 0 ? "0" : "0+" + Decimals.plain(healthyRate) + "x" + healthy;
    BigDecimal first = healthyRate.multiply(BigDecimal.valueOf(healthy)).add(burningRate);
    return start
        + " "
        + Decimals.plain(first)
        + "+"
        + Decimals.plain(burningRate)
        + "x"
        + (burning - 1);
  }
}
