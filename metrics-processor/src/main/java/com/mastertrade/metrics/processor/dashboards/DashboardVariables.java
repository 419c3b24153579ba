package com.mastertrade.metrics.processor.dashboards;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mastertrade.metrics.processor.declarations.DashboardModel.VariableModel;
import com.mastertrade.metrics.processor.output.Serialization;
import com.mastertrade.metrics.processor.promql.ResolvedDeclarations;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Template variables: the Prometheus data source, and one custom variable per closed label whose
 * values come from the schema, so the dashboard needs no label-values query to offer them.
 */
final class DashboardVariables {
  private final ResolvedDeclarations resolved;

  DashboardVariables(ResolvedDeclarations resolved) {
    this.resolved = resolved;
  }

  ObjectNode datasource(String name) {
    ObjectNode json = Serialization.object();
    json.put("name", name);
    json.put("label", "Data source");
    json.put("type", "datasource");
    json.put("query", "prometheus");
    json.put("hide", 0);
    json.put("refresh", 1);
    json.put("regex", "");
    json.put("includeAll", false);
    json.put("multi", false);
    json.putArray("options");
    return json;
  }

  ObjectNode closedLabel(VariableModel variable) {
    List<String> values = resolved.variableLabel(variable).values();
    ObjectNode json = Serialization.object();
    json.put("name", variable.label());
    json.put("label", variable.label());
    json.put("type", "custom");
    // Grafana splits a custom variable's query at commas; "\," is a comma within a value.
    json.put(
        "query", values.stream().map(v -> v.replace(",", "\\,")).collect(Collectors.joining(",")));
    json.put("hide", 0);
    json.put("includeAll", true);
    json.put("allValue", ".*");
    json.put("multi", true);
    ObjectNode current = json.putObject("current");
    current.put("selected", true);
    current.putArray("text").add("All");
    current.putArray("value").add("$__all");
    ArrayNode options = json.putArray("options");
    options.add(option("All", "$__all", true));
    for (String value : values) {
      options.add(option(value, value, false));
    }
    return json;
  }

  private static ObjectNode option(String text, String value, boolean selected) {
    ObjectNode json = Serialization.object();
    json.put("selected", selected);
    json.put("text", text);
    json.put("value", value);
    return json;
  }
}
