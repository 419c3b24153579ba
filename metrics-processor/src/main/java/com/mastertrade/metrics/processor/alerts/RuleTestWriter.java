package com.mastertrade.metrics.processor.alerts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mastertrade.metrics.processor.declarations.AlertGroupModel;
import com.mastertrade.metrics.processor.declarations.AlertGroupModel.AlertModel;
import com.mastertrade.metrics.processor.declarations.AlertGroupModel.TestSeriesModel;
import com.mastertrade.metrics.processor.output.ArtifactPaths;
import com.mastertrade.metrics.processor.output.GeneratedResource;
import com.mastertrade.metrics.processor.output.Serialization;
import com.mastertrade.metrics.processor.promql.ResolvedDeclarations;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes a {@code promtool test rules} file per rule group: for every alert, a case where it fires
 * with its labels and rendered annotations, and a case where it stays silent. Both are evaluated
 * ten minutes after the alert's pending period, on series sampled every minute.
 */
public final class RuleTestWriter {
  private static final long SETTLE_SECONDS = 600;

  private final ResolvedDeclarations resolved;

  public RuleTestWriter(ResolvedDeclarations resolved) {
    this.resolved = resolved;
  }

  public List<GeneratedResource> write(List<AlertGroupModel> groups) {
    return groups.stream()
        .map(
            group ->
                new GeneratedResource(
                    ArtifactPaths.ALERTS + "/" + ArtifactPaths.ruleTestFile(group.name()),
                    Serialization.yaml(file(group))))
        .toList();
  }

  private ObjectNode file(AlertGroupModel group) {
    ObjectNode file = Serialization.object();
    file.putArray("rule_files").add(ArtifactPaths.ruleFile(group.name()));
    file.put("evaluation_interval", "1m");
    ArrayNode tests = file.putArray("tests");
    for (AlertModel alert : group.alerts()) {
      tests.add(testCase(alert, true));
      tests.add(testCase(alert, false));
    }
    return file;
  }

  private ObjectNode testCase(AlertModel alert, boolean firing) {
    ObjectNode test = Serialization.object();
    test.put("name", alert.name() + (firing ? " fires" : " stays silent"));
    test.put("interval", "1m");
    ArrayNode inputs = test.putArray("input_series");
    for (TestSeriesModel series : alert.testSeries()) {
      ObjectNode input = inputs.addObject();
      input.put("series", resolved.promql(series.series()));
      input.put("values", firing ? series.firing() : series.quiet());
    }
    ObjectNode check = test.putArray("alert_rule_test").addObject();
    check.put(
        "eval_time", Durations.format(Durations.seconds(alert.pendingFor()) + SETTLE_SECONDS));
    check.put("alertname", alert.name());
    ArrayNode expected = check.putArray("exp_alerts");
    if (firing) {
      Map<String, String> labels = labels(alert);
      ObjectNode fired = expected.addObject();
      ObjectNode expLabels = fired.putObject("exp_labels");
      labels.forEach(expLabels::put);
      ObjectNode annotations = fired.putObject("exp_annotations");
      Function<String, String> render = text -> AnnotationTemplates.render(text, labels);
      annotations.put("summary", render.apply(alert.summary()));
      annotations.put("description", render.apply(alert.description()));
    }
    return test;
  }

  /** Severity and the declared labels, in the declared order. */
  private static Map<String, String> labels(AlertModel alert) {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("severity", alert.severity());
    for (String label : alert.testLabels()) {
      int equals = label.indexOf('=');
      labels.put(label.substring(0, equals), label.substring(equals + 1));
    }
    return labels;
  }
}
