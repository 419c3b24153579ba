package com.mastertrade.metrics.processor.alerts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mastertrade.metrics.processor.declarations.AlertGroupModel;
import com.mastertrade.metrics.processor.declarations.AlertGroupModel.AlertModel;
import com.mastertrade.metrics.processor.declarations.AlertGroupModel.RecordModel;
import com.mastertrade.metrics.processor.output.AlertLinks;
import com.mastertrade.metrics.processor.output.ArtifactPaths;
import com.mastertrade.metrics.processor.output.GeneratedResource;
import com.mastertrade.metrics.processor.output.Serialization;
import com.mastertrade.metrics.processor.promql.ResolvedDeclarations;
import java.util.List;
import java.util.function.Function;

/** Writes one Prometheus rule file per {@code @AlertGroup}: recording rules, then alerts. */
public final class RuleFileWriter {
  private final ResolvedDeclarations resolved;
  private final AlertLinks links;

  public RuleFileWriter(ResolvedDeclarations resolved, AlertLinks links) {
    this.resolved = resolved;
    this.links = links;
  }

  public List<GeneratedResource> write(List<AlertGroupModel> groups) {
    return groups.stream()
        .map(
            group ->
                new GeneratedResource(
                    ArtifactPaths.ALERTS + "/" + ArtifactPaths.ruleFile(group.name()),
                    Serialization.yaml(file(group))))
        .toList();
  }

  private ObjectNode file(AlertGroupModel group) {
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
      rules.add(alert(alert));
    }
    return file;
  }

  private ObjectNode alert(AlertModel alert) {
    ObjectNode rule = Serialization.object();
    rule.put("alert", alert.name());
    rule.put("expr", resolved.promql(alert.expr()));
    if (Durations.seconds(alert.pendingFor()) > 0) {
      rule.put("for", alert.pendingFor());
    }
    rule.putObject("labels").put("severity", alert.severity());
    rule.set("annotations", annotations(alert, Function.identity()));
    return rule;
  }

  /**
   * The alert's annotations, each text passed through {@code render}: as written for the rule, as
   * Prometheus expands them for its test.
   */
  ObjectNode annotations(AlertModel alert, Function<String, String> render) {
    ObjectNode annotations = Serialization.object();
    annotations.put("summary", render.apply(alert.summary()));
    annotations.put("description", render.apply(alert.description()));
    annotations.put("runbook_url", links.runbookUrl(alert.name()));
    annotations.put("dashboard", links.dashboardUrl(alert.runbook().dashboards().get(0)));
    return annotations;
  }
}
