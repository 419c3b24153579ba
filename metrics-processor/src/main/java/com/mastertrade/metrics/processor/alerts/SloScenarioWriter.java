package com.mastertrade.metrics.processor.alerts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mastertrade.metrics.processor.output.ArtifactPaths;
import com.mastertrade.metrics.processor.output.GeneratedResource;
import com.mastertrade.metrics.processor.output.Serialization;
import com.mastertrade.metrics.processor.resolved.ArtifactWriter;
import com.mastertrade.metrics.processor.resolved.ResolvedSchema;
import com.mastertrade.metrics.processor.slo.BudgetLeft;
import com.mastertrade.metrics.processor.slo.BurnRateWindows.Severity;
import com.mastertrade.metrics.processor.slo.ResolvedSlo;
import com.mastertrade.metrics.processor.slo.SloAlerts;
import com.mastertrade.metrics.processor.slo.SloSeries;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * Writes every SLO's {@link SloScenarios} as {@code promtool test rules} cases, their series spelled
 * by client_java's text format: {@code slos.scenarios.test.yml} evaluated every minute (the time to
 * page to the minute), and {@code slos.long-scenarios.test.yml} at the long-window groups' interval
 * as Prometheus evaluates those (the 1d and 3d windows' event counts, the three-day burns). A value
 * check counts the SLO's series within its bounds, so it holds on Prometheus 2 and 3 alike, whose
 * rate extrapolation differs in the last digits. A firing alert is checked with its annotations
 * where the scenario states its budget left; otherwise by its labels on the {@code ALERTS} series.
 */
public final class SloScenarioWriter implements ArtifactWriter {
  /** The scenario files' names under the alerts folder. */
  public static final String FILE = "slos.scenarios.test.yml";

  public static final String LONG_FILE = "slos.long-scenarios.test.yml";

  /** The two scenario files; nothing for a schema without SLOs. */
  @Override
  public List<GeneratedResource> write(ResolvedSchema schema) {
    if (schema.slos().isEmpty()) {
      return List.of();
    }
    return List.of(
        write(schema, false, FILE, "1m"),
        write(schema, true, LONG_FILE, SloRuleWriter.LONG_INTERVAL));
  }

  private static GeneratedResource write(
      ResolvedSchema schema, boolean longWindowInterval, String name, String interval) {
    List<ResolvedSlo> slos = schema.slos();
    ObjectNode file = Serialization.object();
    file.putArray("rule_files").add(ArtifactPaths.ruleFile(ArtifactPaths.SLO_RULES));
    file.put("evaluation_interval", interval);
    // The long-window group reads the short windows of the SLO's first group: evaluated after it,
    // it reads this evaluation's samples, as Prometheus' groups, evaluated far more often, do.
    ArrayNode order = file.putArray("group_eval_order");
    for (ResolvedSlo slo : slos) {
      order.add(SloRuleWriter.groupName(slo)).add(SloRuleWriter.longGroupName(slo));
    }
    ArrayNode tests = file.putArray("tests");
    for (ResolvedSlo slo : slos) {
      for (SloScenario scenario : SloScenarios.of(slo)) {
        if (scenario.longWindowInterval == longWindowInterval) {
          tests.add(test(slo, scenario, schema));
        }
      }
    }
    return new GeneratedResource(ArtifactPaths.ALERTS + "/" + name, Serialization.yaml(file));
  }

  private static ObjectNode test(ResolvedSlo slo, SloScenario scenario, ResolvedSchema schema) {
    ObjectNode test = Serialization.object();
    test.put("name", slo.name() + ": " + scenario.name);
    test.put("interval", "1m");
    ArrayNode inputs = test.putArray("input_series");
    for (ScenarioTraffic instance : scenario.instances) {
      for (Map.Entry<String, String> series : instance.series(slo).entrySet()) {
        inputs.addObject().put("series", series.getKey()).put("values", series.getValue());
      }
    }
    List<SloScenario.AlertCheck> byLabels =
        scenario.alerts.stream().filter(c -> c.fires() && c.budgetLeft().isEmpty()).toList();
    if (scenario.alerts.size() > byLabels.size() || !scenario.absentChecks.isEmpty()) {
      ArrayNode checks = test.putArray("alert_rule_test");
      for (SloScenario.AbsentCheck check : scenario.absentChecks) {
        ObjectNode node = checks.addObject();
        node.put("eval_time", check.minute() + "m");
        node.put("alertname", slo.slo().absentAlert());
        ArrayNode expected = node.putArray("exp_alerts");
        if (check.fires()) {
          ObjectNode alert = expected.addObject();
          ObjectNode labels = alert.putObject("exp_labels");
          labels.put("severity", "ticket");
          labels.put("slo", slo.name());
          labels.put("job", slo.job());
          alert.set("exp_annotations", SloRuleWriter.absentAnnotations(slo, schema));
        }
      }
      for (SloScenario.AlertCheck check : scenario.alerts) {
        if (check.fires() && check.budgetLeft().isEmpty()) {
          continue;
        }
        ObjectNode node = checks.addObject();
        node.put("eval_time", check.minute() + "m");
        node.put("alertname", SloAlerts.name(slo, check.severity()));
        ArrayNode expected = node.putArray("exp_alerts");
        if (check.fires()) {
          ObjectNode alert = expected.addObject();
          alert.set("exp_labels", alertLabels(slo, check.severity()));
          alert.set(
              "exp_annotations",
              SloRuleWriter.expectedAnnotations(
                  slo,
                  check.severity(),
                  schema,
                  BudgetLeft.text(check.budgetLeft().orElseThrow())));
        }
      }
    }
    if (!scenario.values.isEmpty() || !byLabels.isEmpty()) {
      ArrayNode checks = test.putArray("promql_expr_test");
      for (SloScenario.AlertCheck check : byLabels) {
        firingByLabels(checks.addObject(), slo, check);
      }
      for (SloScenario.ValueCheck check : scenario.values) {
        ObjectNode node = checks.addObject();
        node.put(
            "expr",
            "count("
                + check.series()
                + SloAlerts.selector(slo)
                + " >= "
                + check.low()
                + " <= "
                + check.high()
                + ")");
        node.put("eval_time", check.minute() + "m");
        node.putArray("exp_samples").addObject().put("labels", "{}").put("value", 1);
      }
    }
    return test;
  }

  /**
   * A firing alert checked by its labels alone, through the {@code ALERTS} series Prometheus
   * writes for it: its exact labels, firing at the check's minute.
   */
  private static void firingByLabels(
      ObjectNode node, ResolvedSlo slo, SloScenario.AlertCheck check) {
    String name = SloAlerts.name(slo, check.severity());
    node.put("expr", "ALERTS{alertname=\"" + name + "\", alertstate=\"firing\"}");
    node.put("eval_time", check.minute() + "m");
    Map<String, String> labels = new TreeMap<>();
    labels.put("alertname", name);
    labels.put("alertstate", "firing");
    alertLabels(slo, check.severity())
        .fields()
        .forEachRemaining(l -> labels.put(l.getKey(), l.getValue().asText()));
    StringJoiner series = new StringJoiner(", ", "ALERTS{", "}");
    labels.forEach((label, value) -> series.add(label + "=\"" + value + "\""));
    node.putArray("exp_samples").addObject().put("labels", series.toString()).put("value", 1);
  }

  /** The labels of the SLO's alert of {@code severity}, besides its name. */
  private static ObjectNode alertLabels(ResolvedSlo slo, Severity severity) {
    ObjectNode labels = Serialization.object();
    labels.put("severity", severity.label());
    SloSeries.labels(slo).forEach(labels::put);
    labels.put("job", slo.job());
    return labels;
  }
}
