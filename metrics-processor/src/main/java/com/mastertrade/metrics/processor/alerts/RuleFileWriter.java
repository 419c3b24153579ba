package com.mastertrade.metrics.processor.alerts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mastertrade.metrics.processor.declarations.AlertGroupModel;
import com.mastertrade.metrics.processor.declarations.AlertGroupModel.AlertModel;
import com.mastertrade.metrics.processor.declarations.AlertGroupModel.RecordModel;
import com.mastertrade.metrics.processor.output.ArtifactPaths;
import com.mastertrade.metrics.processor.output.GeneratedResource;
import com.mastertrade.metrics.processor.output.Serialization;
import com.mastertrade.metrics.processor.promql.ResolvedDeclarations;
import com.mastertrade.metrics.processor.resolved.AlertLinks;
import com.mastertrade.metrics.processor.resolved.ArtifactWriter;
import com.mastertrade.metrics.processor.resolved.ResolvedSchema;
import java.util.List;
import java.util.function.Function;

/** Writes one Prometheus rule file per {@code @AlertGroup}: recording rules, then alerts. */
public final class RuleFileWriter implements ArtifactWriter {
  @Override
  public List<GeneratedResource> write(ResolvedSchema schema) {
    return schema.declarations().alertGroups().stream()
        .map(
            group ->
                new GeneratedResource(
                    ArtifactPaths.ALERTS + "/" + ArtifactPaths.ruleFile(group.name()),
                    Serialization.yaml(file(group, schema.expressions(), schema.alertLinks()))))
        .toList();
  }

  private static ObjectNode file(
      AlertGroupModel group, ResolvedDeclarations resolved, AlertLinks links) {
    ObjectNode file = Serialization.object();
    ObjectNode json = file.putArray("groups").addObject();
    json.put("name", group.name());
    ArrayNode rules = json.putArray("rules");
    for (RecordModel record : group.records()) {
      ObjectNode rule = rules.addObject();
      rule.put("record", record.record());
      rule.put("expr", resolved.promql(record.expr()));
    }
    for (AlertModel alert : group.alerts()) {
      rules.add(alert(alert, resolved, links));
    }
    return file;
  }

  private static ObjectNode alert(
      AlertModel alert, ResolvedDeclarations resolved, AlertLinks links) {
    ObjectNode rule = Serialization.object();
    rule.put("alert", alert.name());
    rule.put("expr", resolved.promql(alert.expr()));
    if (Durations.seconds(alert.pendingFor()) > 0) {
      rule.put("for", alert.pendingFor());
    }
    rule.putObject("labels").put("severity", alert.severity());
    rule.set("annotations", annotations(alert, links, Function.identity()));
    return rule;
  }

  /**
   * The alert's annotations, each text passed through {@code render}: as written for the rule, as
   * Prometheus expands them for its test.
   */
  static ObjectNode annotations(
      AlertModel alert, AlertLinks links, Function<String, String> render) {
    ObjectNode annotations = Serialization.object();
    annotations.put("summary", render.apply(alert.summary()));
    annotations.put("description", render.apply(alert.description()));
    annotations.put("runbook_url", links.runbookUrl(alert.name()));
    annotations.put("dashboard", links.dashboardUrl(alert.runbook().dashboards().get(0)));
    return annotations;
  }
}
