package com.mastertrade.metrics.processor.alerts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mastertrade.metrics.processor.declarations.AlertingModel;
import com.mastertrade.metrics.processor.output.ArtifactPaths;
import com.mastertrade.metrics.processor.output.GeneratedResource;
import com.mastertrade.metrics.processor.output.Serialization;
import com.mastertrade.metrics.processor.resolved.AlertLinks;
import com.mastertrade.metrics.processor.resolved.ArtifactWriter;
import com.mastertrade.metrics.processor.resolved.ResolvedSchema;
import com.mastertrade.metrics.processor.resolved.WatchdogAlert;
import java.util.List;

/**
 * Writes {@code watchdog.rules.yml}, the always-firing {@code Watchdog} alert in a group of its
 * own, and its {@code promtool test rules} file: it fires with no series at all, at once and a day
 * later. Nothing when the schema declares no dead man's switch.
 */
public final class WatchdogRuleWriter implements ArtifactWriter {
  @Override
  public List<GeneratedResource> write(ResolvedSchema schema) {
    return schema.declarations().alerting().filter(AlertingModel::hasWatchdog).stream()
        .flatMap(
            alerting ->
                List.of(
                    new GeneratedResource(
                        ArtifactPaths.ALERTS + "/" + WatchdogAlert.ruleFile(),
                        Serialization.yaml(rules(alerting, schema.alertLinks()))),
                    new GeneratedResource(
                        ArtifactPaths.ALERTS + "/" + WatchdogAlert.testFile(),
                        Serialization.yaml(test(alerting, schema.alertLinks()))))
                    .stream())
        .toList();
  }

  private static ObjectNode rules(AlertingModel alerting, AlertLinks links) {
    ObjectNode file = Serialization.object();
    ObjectNode group = file.putArray("groups").addObject();
    group.put("name", WatchdogAlert.GROUP);
    ObjectNode rule = group.putArray("rules").addObject();
    rule.put("alert", WatchdogAlert.NAME);
    rule.put("expr", WatchdogAlert.EXPR);
    rule.putObject("labels").put("severity", WatchdogAlert.SEVERITY);
    rule.set("annotations", annotations(alerting, links));
    return file;
  }

  private static ObjectNode annotations(AlertingModel alerting, AlertLinks links) {
    ObjectNode annotations = Serialization.object();
    annotations.put("summary", WatchdogAlert.SUMMARY);
    annotations.put("description", WatchdogAlert.description(alerting));
    annotations.put("runbook_url", links.runbookUrl(WatchdogAlert.NAME));
    return annotations;
  }

  private static ObjectNode test(AlertingModel alerting, AlertLinks links) {
    ObjectNode file = Serialization.object();
    file.putArray("rule_files").add(WatchdogAlert.ruleFile());
    file.put("evaluation_interval", "1m");
    ObjectNode test = file.putArray("tests").addObject();
    test.put("name", WatchdogAlert.NAME + " fires with no series scraped, at once and a day later");
    test.put("interval", "1m");
    test.putArray("input_series");
    ArrayNode checks = test.putArray("alert_rule_test");
    for (String at : List.of("0m", "1d")) {
      ObjectNode check = checks.addObject();
      check.put("eval_time", at);
      check.put("alertname", WatchdogAlert.NAME);
      ObjectNode fired = check.putArray("exp_alerts").addObject();
      fired.putObject("exp_labels").put("severity", WatchdogAlert.SEVERITY);
      fired.set("exp_annotations", annotations(alerting, links));
    }
    return file;
  }
}
