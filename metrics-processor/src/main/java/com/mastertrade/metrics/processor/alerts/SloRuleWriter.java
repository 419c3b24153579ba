package com.mastertrade.metrics.processor.alerts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mastertrade.metrics.processor.output.ArtifactPaths;
import com.mastertrade.metrics.processor.output.GeneratedResource;
import com.mastertrade.metrics.processor.output.Serialization;
import com.mastertrade.metrics.processor.resolved.AlertLinks;
import com.mastertrade.metrics.processor.resolved.ArtifactWriter;
import com.mastertrade.metrics.processor.resolved.ResolvedSchema;
import com.mastertrade.metrics.processor.slo.BudgetLeft;
import com.mastertrade.metrics.processor.slo.BurnRateWindows;
import com.mastertrade.metrics.processor.slo.BurnRateWindows.Severity;
import com.mastertrade.metrics.processor.slo.Decimals;
import com.mastertrade.metrics.processor.slo.ResolvedSlo;
import com.mastertrade.metrics.processor.slo.SloAlerts;
import com.mastertrade.metrics.processor.slo.SloRules;
import com.mastertrade.metrics.processor.slo.SloSeries;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code slos.rules.yml}: per SLO two rule groups. The first, at the global evaluation
 * interval, records the SLI over the short windows from the raw series and holds the page alert.
 * The second, {@code slo_<name>_long}, runs every {@value #LONG_INTERVAL}: it records the bad and
 * all events per second over each {@value #LONG_INTERVAL}, and derives the 1d, 3d and compliance
 * window SLIs from those samples (a 30d window reads 8,640 samples per series instead of every raw
 * sample), the budget left, Sloth's metadata series and the ticket alert. Every ratio is bad
 * events over all events, so each window weighs its events, not its minutes, and a window
 * without events reads 0, not NaN.
 */
public final class SloRuleWriter implements ArtifactWriter {
  /** The evaluation interval of the long-window groups, and the window each of their samples covers. */
  public static final String LONG_INTERVAL = SloRules.LONG_INTERVAL;

  /** The rule file; nothing for a schema without SLOs. */
  @Override
  public List<GeneratedResource> write(ResolvedSchema schema) {
    if (schema.slos().isEmpty()) {
      return List.of();
    }
    ObjectNode file = Serialization.object();
    ArrayNode groups = file.putArray("groups");
    for (ResolvedSlo slo : schema.slos()) {
      groups.add(fastGroup(slo, schema));
      groups.add(longGroup(slo, schema));
    }
    return List.of(
        new GeneratedResource(
            ArtifactPaths.ALERTS + "/" + ArtifactPaths.ruleFile(ArtifactPaths.SLO_RULES),
            Serialization.yaml(file)));
  }

  /** The name of the SLO's group of short windows and the page. */
  public static String groupName(ResolvedSlo slo) {
    return SloRules.group(slo);
  }

  /** The name of the SLO's long-window group. */
  public static String longGroupName(ResolvedSlo slo) {
    return SloRules.longGroup(slo);
  }

  private static ObjectNode fastGroup(ResolvedSlo slo, ResolvedSchema schema) {
    ObjectNode group = Serialization.object();
    group.put("name", groupName(slo));
    rules(group.putArray("rules"), SloRules.fast(slo), slo, schema);
    return group;
  }

  private static ObjectNode longGroup(ResolvedSlo slo, ResolvedSchema schema) {
    ObjectNode group = Serialization.object();
    group.put("name", longGroupName(slo));
    group.put("interval", LONG_INTERVAL);
    rules(group.putArray("rules"), SloRules.slow(slo), slo, schema);
    return group;
  }

  private static void rules(
      ArrayNode rules, List<SloRules.Rule> list, ResolvedSlo slo, ResolvedSchema schema) {
    for (SloRules.Rule rule : list) {
      if (rule.alert().isEmpty()) {
        ObjectNode node = record(rules, rule.name(), rule.expr(), slo);
        if (rule.name().equals(SloSeries.INFO)) {
          ((ObjectNode) node.get("labels")).put("sloth_objective", slo.objectivePercent());
        }
      } else if (rule.name().equals(slo.slo().absentAlert())) {
        rules.add(absentAlert(slo, schema));
      } else {
        rules.add(alert(slo, rule.alert().get(), schema));
      }
    }
  }

  private static ObjectNode record(ArrayNode rules, String name, String expr, ResolvedSlo slo) {
    ObjectNode rule = rules.addObject();
    rule.put("record", name);
    rule.put("expr", expr);
    ObjectNode labels = rule.putObject("labels");
    for (Map.Entry<String, String> label : SloSeries.labels(slo).entrySet()) {
      labels.put(label.getKey(), label.getValue());
    }
    return rule;
  }

  /**
   * The annotations of an SLO's burn alert: what it means, the budget left (a template Prometheus
   * renders with a query), links to its runbook and to the SLO dashboard.
   */
  static ObjectNode annotations(ResolvedSlo slo, Severity severity, ResolvedSchema schema) {
    return annotations(slo, severity, schema, BudgetLeft.template(slo));
  }

  /**
   * What a rule test expects of a burn alert's annotations, where the budget left renders as
   * {@code budgetLeft}.
   */
  static ObjectNode expectedAnnotations(
      ResolvedSlo slo, Severity severity, ResolvedSchema schema, String budgetLeft) {
    return annotations(slo, severity, schema, budgetLeft);
  }

  private static ObjectNode annotations(
      ResolvedSlo slo, Severity severity, ResolvedSchema schema, String budgetLeft) {
    AlertLinks links = schema.alertLinks();
    String dashboardUid = schema.sloDashboardUid();
    String name = SloAlerts.name(slo, severity);
    ObjectNode annotations = Serialization.object();
    annotations.put("summary", SloAlerts.summary(slo, severity));
    annotations.put("description", SloAlerts.description(slo, severity));
    annotations.put(BudgetLeft.ANNOTATION, budgetLeft);
    annotations.put("runbook_url", links.runbookUrl(name));
    annotations.put("dashboard", links.dashboardUrl(dashboardUid));
    return annotations;
  }

  /** The annotations of the SLO's absent-SLI alert, also what its scenario tests expect. */
  static ObjectNode absentAnnotations(ResolvedSlo slo, ResolvedSchema schema) {
    AlertLinks links = schema.alertLinks();
    String dashboardUid = schema.sloDashboardUid();
    ObjectNode annotations = Serialization.object();
    annotations.put("summary", SloAlerts.absentSummary(slo));
    annotations.put("description", SloAlerts.absentDescription(slo));
    annotations.put("runbook_url", links.runbookUrl(slo.slo().absentAlert()));
    annotations.put("dashboard", links.dashboardUrl(dashboardUid));
    return annotations;
  }

  private static ObjectNode absentAlert(ResolvedSlo slo, ResolvedSchema schema) {
    ObjectNode rule = Serialization.object();
    rule.put("alert", slo.slo().absentAlert());
    rule.put("expr", SloAlerts.absentExpr(slo));
    rule.put("for", SloAlerts.ABSENT_FOR);
    ObjectNode labels = rule.putObject("labels");
    labels.put("severity", Severity.TICKET.label());
    labels.put("slo", slo.name());
    rule.set("annotations", absentAnnotations(slo, schema));
    return rule;
  }

  private static ObjectNode alert(ResolvedSlo slo, Severity severity, ResolvedSchema schema) {
    String name = SloAlerts.name(slo, severity);
    ObjectNode rule = Serialization.object();
    rule.put("alert", name);
    rule.put("expr", SloAlerts.expr(slo, severity));
    rule.putObject("labels").put("severity", severity.label());
    rule.set("annotations", annotations(slo, severity, schema));
    return rule;
  }
}
