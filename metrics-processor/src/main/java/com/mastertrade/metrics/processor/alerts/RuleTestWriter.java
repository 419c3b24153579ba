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
import com.mastertrade.metrics.processor.resolved.ArtifactWriter;
import com.mastertrade.metrics.processor.resolved.ResolvedSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@code promtool test rules} file per rule group: for every alert, a case where it fires
 * with its labels and rendered annotations, and a case where it stays silent. Both are evaluated
 * ten minutes after the alert's pending period, on series sampled every minute.
 */
public final class RuleTestWriter implements ArtifactWriter {
  private static final long SETTLE_SECONDS = 600;

  @Override
  public List<GeneratedResource> write(ResolvedSchema schema) {
    return schema.declarations().alertGroups().stream()
        .map(
            group ->
                new GeneratedResource(
                    ArtifactPaths.ALERTS + "/" + ArtifactPaths.ruleTestFile(group.name()),
                    Serialization.yaml(file(group, schema))))
        .toList();
  }

  private static ObjectNode file(AlertGroupModel group, ResolvedSchema schema) {
    ObjectNode file = Serialization.object();
    file.putArray("rule_files").add(ArtifactPaths.ruleFile(group.name()));
    file.put("evaluation_interval", "1m");
    ArrayNode tests = file.putArray("tests");
    for (AlertModel alert : group.alerts()) {
      tests.add(testCase(alert, true, schema));
      tests.add(testCase(alert, false, schema));
    }
    return file;
  }

  private static ObjectNode testCase(AlertModel alert, boolean firing, ResolvedSchema schema) {
    ResolvedDeclarations resolved = schema.expressions();
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
      fired.set(
          "exp_annotations",
          RuleFileWriter.annotations(
              alert, schema.alertLinks(), text -> AnnotationTemplates.render(text, labels)));
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
