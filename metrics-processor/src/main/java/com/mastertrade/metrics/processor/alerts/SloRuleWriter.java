package com.mastertrade.metrics.processor.alerts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mastertrade.metrics.processor.output.AlertLinks;
import com.mastertrade.metrics.processor.output.ArtifactPaths;
import com.mastertrade.metrics.processor.output.GeneratedResource;
import com.mastertrade.metrics.processor.output.Serialization;
import com.mastertrade.metrics.processor.slo.BurnRateWindows;
import com.mastertrade.metrics.processor.slo.BurnRateWindows.Severity;
import com.mastertrade.metrics.processor.slo.Decimals;
import com.mastertrade.metrics.processor.slo.ResolvedSlo;
import com.mastertrade.metrics.processor.slo.SloAlerts;
import java.util.List;

/**
 * Writes {@code slos.rules.yml}: per SLO one rule group with its SLI recorded over every window,
 * the error ratio and budget remaining over the compliance window, and its page and ticket alerts.
 * The alerts read the recorded SLIs of the same group, which Prometheus evaluates in order.
 */
public final class SloRuleWriter {
  private final AlertLinks links;
  private final String dashboardUid;

  /** Links the alerts to their runbooks and to the SLO dashboard {@code dashboardUid}. */
  public SloRuleWriter(AlertLinks links, String dashboardUid) {
    this.links = links;
    this.dashboardUid = dashboardUid;
  }

  public GeneratedResource write(List<ResolvedSlo> slos) {
    ObjectNode file = Serialization.object();
    ArrayNode groups = file.putArray("groups");
    for (ResolvedSlo slo : slos) {
      groups.add(group(slo));
    }
    return new GeneratedResource(
        ArtifactPaths.ALERTS + "/" + ArtifactPaths.ruleFile(ArtifactPaths.SLO_RULES),
        Serialization.yaml(file));
  }

  private ObjectNode group(ResolvedSlo slo) {
    ObjectNode group = Serialization.object();
    group.put("name", "slo_" + slo.name());
    ArrayNode rules = group.putArray("rules");
    for (String window : BurnRateWindows.SLI_WINDOWS) {
      record(rules, BurnRateWindows.record(window), slo.errorRatio(window), slo);
    }
    String compliance = slo.slo().window();
    // A ratio of ratios: each 5m ratio weighs the same, whatever its traffic, as SLO generators
    // do to keep a month-long window cheap to evaluate.
    record(
        rules,
        BurnRateWindows.record(compliance),
        "avg_over_time(" + SloAlerts.series(slo, "5m") + "[" + compliance + "])",
        slo);
    record(
        rules,
        BurnRateWindows.BUDGET_REMAINING,
        "1 - " + SloAlerts.series(slo, compliance) + " / " + Decimals.plain(slo.budget()),
        slo);
    rules.add(alert(slo, Severity.PAGE));
    rules.add(alert(slo, Severity.TICKET));
    return group;
  }

  private static void record(ArrayNode rules, String name, String expr, ResolvedSlo slo) {
    ObjectNode rule = rules.addObject();
    rule.put("record", name);
    rule.put("expr", expr);
    rule.putObject("labels").put("slo", slo.name());
  }

  /** The annotations of an SLO alert, also what its rule tests expect. */
  ObjectNode annotations(ResolvedSlo slo, Severity severity) {
    String name = SloAlerts.name(slo, severity);
    ObjectNode annotations = Serialization.object();
    annotations.put("summary", SloAlerts.summary(slo, severity));
    annotations.put("description", SloAlerts.description(slo, severity));
    annotations.put("runbook_url", links.runbookUrl(name));
    annotations.put("dashboard", links.dashboardUrl(dashboardUid));
    return annotations;
  }

  private ObjectNode alert(ResolvedSlo slo, Severity severity) {
    String name = SloAlerts.name(slo, severity);
    ObjectNode rule = Serialization.object();
    rule.put("alert", name);
    rule.put("expr", SloAlerts.expr(slo, severity));
    rule.putObject("labels").put("severity", severity.label());
    rule.set("annotations", annotations(slo, severity));
    return rule;
  }
}
