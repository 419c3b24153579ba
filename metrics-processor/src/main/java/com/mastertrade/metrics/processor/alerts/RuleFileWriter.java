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
import java.util.List;

/** Writes one Prometheus rule file per {@code @AlertGroup}: recording rules, then alerts. */
public final class RuleFileWriter {
  private final ResolvedDeclarations resolved;

  public RuleFileWriter(ResolvedDeclarations resolved) {
    this.resolved = resolved;
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
    ObjectNode annotations = rule.putObject("annotations");
    annotations.put("summary", alert.summary());
    annotations.put("description", alert.description());
    return rule;
  }
}
