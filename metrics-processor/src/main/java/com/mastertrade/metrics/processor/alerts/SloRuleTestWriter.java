package com.mastertrade.metrics.processor.alerts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mastertrade.metrics.processor.declarations.SloModel.Kind;
import com.mastertrade.metrics.processor.output.ArtifactPaths;
import com.mastertrade.metrics.processor.output.GeneratedResource;
import com.mastertrade.metrics.processor.output.Serialization;
import com.mastertrade.metrics.processor.resolved.ArtifactWriter;
import com.mastertrade.metrics.processor.resolved.ResolvedSchema;
import com.mastertrade.metrics.processor.slo.BudgetLeft;
import com.mastertrade.metrics.processor.slo.BurnRateWindows;
import com.mastertrade.metrics.processor.slo.BurnRateWindows.Condition;
import com.mastertrade.metrics.processor.slo.BurnRateWindows.Severity;
import com.mastertrade.metrics.processor.slo.Decimals;
import com.mastertrade.metrics.processor.slo.ResolvedSlo;
import com.mastertrade.metrics.processor.slo.SloAlerts;
import com.mastertrade.metrics.processor.slo.SloSeries;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;

/**
 * Writes {@code slos.test.yml}: for every SLO and each of the four burn-rate conditions, a case
 * that burns the budget at 5% above the condition's factor and one at 5% below, and checks which of
 * the page and ticket alerts fire, with what budget left.
 *
 * <p>Each case runs 3d and 1h on 1000 events a minute: healthy, then burning for the condition's
 * long window plus 10 minutes, so that its two windows see the burn rate in full and longer windows
 * see it diluted. Latency cases alternate the spellings of the threshold bound ({@code 0.25}, then
 * {@code 0.250}), and the firing ones prove the SLI matches both; a latency SLO on a native
 * histogram gets that histogram, as {@link ScenarioTraffic} writes it.
 */
public final class SloRuleTestWriter implements ArtifactWriter {
  /** 3d and an hour: every window fits, and the end is a whole number of evaluation intervals. */
  private static final int TOTAL_MINUTES = BurnRateWindows.LONGEST_MINUTES + 60;

  /**
   * Rules are evaluated once an hour of the three-day cases: each evaluation reads every SLI window
   * in full from the series, and the alerts have no pending period to step through.
   */
  private static final int EVALUATION_MINUTES = 60;

  /** The minutes each sample of the long-window group covers. */
  private static final int SAMPLE_MINUTES =
      Integer.parseInt(SloRuleWriter.LONG_INTERVAL.replace("m", ""));

  /** How far back the budget left is read, in minutes. */
  private static final int LOOKBACK_MINUTES =
      Integer.parseInt(BudgetLeft.LOOKBACK.replace("m", ""));

  private static final BigDecimal EVENTS_PER_MINUTE = new BigDecimal(1000);
  private static final BigDecimal ABOVE = new BigDecimal("1.05");
  private static final BigDecimal BELOW = new BigDecimal("0.95");

  /** The rule test file; nothing for a schema without SLOs. */
  @Override
  public List<GeneratedResource> write(ResolvedSchema schema) {
    if (schema.slos().isEmpty()) {
      return List.of();
    }
    ObjectNode file = Serialization.object();
    file.putArray("rule_files").add(ArtifactPaths.ruleFile(ArtifactPaths.SLO_RULES));
    file.put("evaluation_interval", EVALUATION_MINUTES / 60 + "h");
    // The long-window group reads the short windows of the SLO's first group: evaluated after it,
    // it reads this evaluation's samples, as Prometheus' groups, evaluated far more often, do.
    ArrayNode order = file.putArray("group_eval_order");
    for (ResolvedSlo slo : schema.slos()) {
      order.add(SloRuleWriter.groupName(slo)).add(SloRuleWriter.longGroupName(slo));
    }
    ArrayNode tests = file.putArray("tests");
    for (ResolvedSlo slo : schema.slos()) {
      List<Condition> conditions = BurnRateWindows.CONDITIONS;
      for (int i = 0; i < conditions.size(); i++) {
        tests.add(testCase(schema, slo, conditions.get(i), ABOVE, i));
        tests.add(testCase(schema, slo, conditions.get(i), BELOW, i));
      }
    }
    return List.of(
        new GeneratedResource(
            ArtifactPaths.ALERTS + "/" + ArtifactPaths.ruleTestFile(ArtifactPaths.SLO_RULES),
            Serialization.yaml(file)));
  }

  private static ObjectNode testCase(
      ResolvedSchema schema, ResolvedSlo slo, Condition condition, BigDecimal margin, int index) {
    BigDecimal burn = condition.factor(slo.complianceDays()).multiply(margin);
    BigDecimal errorRatio =
        condition.errorRatio(slo.complianceDays(), slo.budget()).multiply(margin);
    int burning = condition.longMinutes() + 10;
    int healthy = TOTAL_MINUTES - burning;
    boolean fires = margin.compareTo(BigDecimal.ONE) > 0;
    ObjectNode test = Serialization.object();
    test.put(
        "name",
        slo.name()
            + ": burn "
            + Decimals.plain(burn.setScale(3, java.math.RoundingMode.HALF_EVEN))
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
    } else if (slo.nativeSli()) {
      new ScenarioTraffic("app-1:8080")
          .steady(healthy, EVENTS_PER_MINUTE, BigDecimal.ZERO)
          .steady(burning, EVENTS_PER_MINUTE, bad)
          .series(slo)
          .forEach((series, values) -> input(inputs, series, values));
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
      boolean alerts = fires && severity == condition.severity();
      Optional<String> budgetLeft =
          alerts ? Optional.of(budgetLeft(slo, healthy, errorRatio, severity)) : Optional.empty();
      check(checks, schema, slo, severity, budgetLeft);
    }
    return test;
  }

  /**
   * The budget left the alert of {@code severity} shows at the end of a case, worked out from the
   * case's series alone. The long-window group records one sample of all and of bad events per
   * evaluation from the second on (the first has one scrape), each over the 5 minutes before it;
   * the burn starts 10 minutes after an evaluation, so a sample is wholly healthy (no bad events)
   * or wholly burning ({@code errorRatio} of its events bad), all of the same number of events,
   * and the compliance window, longer than the case, holds every sample. The ticket, after the budget in the same group, reads
   * this evaluation's; the page, in the group evaluated first, reads the one recorded an
   * evaluation before, an hour old, past the annotation's lookback: unknown.
   */
  private static String budgetLeft(
      ResolvedSlo slo, int healthy, BigDecimal errorRatio, Severity severity) {
    if (severity == Severity.PAGE && EVALUATION_MINUTES > LOOKBACK_MINUTES) {
      return BudgetLeft.UNKNOWN;
    }
    int samples = TOTAL_MINUTES / EVALUATION_MINUTES;
    int burning = 0;
    for (int end = EVALUATION_MINUTES; end <= TOTAL_MINUTES; end += EVALUATION_MINUTES) {
      if (end > healthy && end - SAMPLE_MINUTES < healthy) {
        throw new IllegalStateException("a sample straddles the start of the burn: " + end);
      }
      burning += end > healthy ? 1 : 0;
    }
    BigDecimal ratio =
        errorRatio
            .multiply(BigDecimal.valueOf(burning))
            .divide(BigDecimal.valueOf(samples), MathContext.DECIMAL128);
    return BudgetLeft.text(
        BigDecimal.ONE.subtract(ratio.divide(slo.budget(), MathContext.DECIMAL128)));
  }

  /** The alert of {@code severity} at the end of a case: firing with its budget left, or not. */
  private static void check(
      ArrayNode checks,
      ResolvedSchema schema,
      ResolvedSlo slo,
      Severity severity,
      Optional<String> budgetLeft) {
    ObjectNode check = checks.addObject();
    check.put("eval_time", TOTAL_MINUTES + "m");
    check.put("alertname", SloAlerts.name(slo, severity));
    ArrayNode expected = check.putArray("exp_alerts");
    if (budgetLeft.isPresent()) {
      ObjectNode alert = expected.addObject();
      ObjectNode labels = alert.putObject("exp_labels");
      labels.put("severity", severity.label());
      SloSeries.labels(slo).forEach(labels::put);
      labels.put("job", slo.job());
      alert.set(
          "exp_annotations",
          SloRuleWriter.expectedAnnotations(slo, severity, schema, budgetLeft.get()));
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
