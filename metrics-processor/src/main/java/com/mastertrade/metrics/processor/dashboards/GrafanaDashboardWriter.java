package com.mastertrade.metrics.processor.dashboards;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mastertrade.metrics.processor.declarations.DashboardModel;
import com.mastertrade.metrics.processor.declarations.DashboardModel.PanelModel;
import com.mastertrade.metrics.processor.declarations.DashboardModel.VariableModel;
import com.mastertrade.metrics.processor.declarations.ExpressionModel;
import com.mastertrade.metrics.processor.model.SchemaModel;
import com.mastertrade.metrics.processor.output.ArtifactPaths;
import com.mastertrade.metrics.processor.output.GeneratedResource;
import com.mastertrade.metrics.processor.output.Serialization;
import com.mastertrade.metrics.processor.resolved.ArtifactWriter;
import com.mastertrade.metrics.processor.resolved.ResolvedSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes one Grafana dashboard JSON per {@code @Dashboard}, importable as is: the Prometheus data
 * source is a template variable, the uid is the declared one, panel ids count from 1, and panels
 * sit on the grid without overlapping.
 */
public final class GrafanaDashboardWriter implements ArtifactWriter {
  /** The dashboard JSON schema version these dashboards follow (Grafana 10 and later). */
  static final int SCHEMA_VERSION = 39;

  private static final String DATASOURCE_VARIABLE = "datasource";

  /** The path of a dashboard's JSON, relative to the artifact root. */
  public static String fileOf(DashboardModel dashboard) {
    return ArtifactPaths.DASHBOARDS + "/" + dashboard.uid() + ".json";
  }

  /**
   * The declared dashboards, then the SLO dashboard, which the processor composed itself: its
   * queries are PromQL already, as they read series of the generated rules that no declaration
   * resolves.
   */
  @Override
  public List<GeneratedResource> write(ResolvedSchema resolved) {
    SchemaModel schema = resolved.model();
    DashboardVariables variables = new DashboardVariables(resolved.expressions());
    LatencyExemplars exemplars = new LatencyExemplars(resolved.expressions());
    List<GeneratedResource> files = new ArrayList<>();
    for (DashboardModel dashboard : resolved.declarations().dashboards()) {
      Queries queries = new Queries(resolved.expressions()::promql, exemplars::of);
      files.add(file(schema, variables, dashboard, queries));
    }
    // The SLO panels read the rules' recorded ratios, which carry no exemplars.
    Queries recorded = new Queries(ExpressionModel::template, expr -> Optional.empty());
    resolved
        .sloDashboard()
        .ifPresent(dashboard -> files.add(file(schema, variables, dashboard, recorded)));
    return files;
  }

  /** How a panel's expressions become targets: their PromQL, and whether to show exemplars. */
  private record Queries(
      Function<ExpressionModel, String> promql,
      Function<ExpressionModel, Optional<Boolean>> exemplar) {}

  private static GeneratedResource file(
      SchemaModel schema,
      DashboardVariables variables,
      DashboardModel dashboard,
      Queries queries) {
    return new GeneratedResource(
        fileOf(dashboard), Serialization.json(dashboard(schema, variables, dashboard, queries)));
  }

  private static ObjectNode dashboard(
      SchemaModel schema,
      DashboardVariables variables,
      DashboardModel dashboard,
      Queries queries) {
    ObjectNode json = Serialization.object();
    json.put("uid", dashboard.uid());
    json.put("title", dashboard.title());
    json.put("description", dashboard.description());
    ArrayNode tags = json.putArray("tags");
    tags.add(schema.namespace());
    dashboard.tags().forEach(tags::add);
    json.put("editable", true);
    json.put("graphTooltip", 1);
    json.put("schemaVersion", SCHEMA_VERSION);
    json.put("version", 1);
    json.put("refresh", "30s");
    json.put("timezone", "browser");
    ObjectNode time = json.putObject("time");
    time.put("from", "now-6h");
    time.put("to", "now");
    json.putObject("annotations").putArray("list");
    ArrayNode templating = json.putObject("templating").putArray("list");
    templating.add(variables.datasource(DATASOURCE_VARIABLE));
    for (VariableModel variable : dashboard.variables()) {
      templating.add(variables.closedLabel(variable));
    }
    ArrayNode panels = json.putArray("panels");
    GridLayout layout = new GridLayout();
    int id = 1;
    for (PanelModel panel : dashboard.panels()) {
      panels.add(panel(panel, id++, layout.place(panel.width(), panel.height()), queries));
    }
    return json;
  }

  private static ObjectNode panel(PanelModel panel, int id, int[] position, Queries queries) {
    ObjectNode json = Serialization.object();
    json.put("id", id);
    json.put("type", panel.grafanaType());
    json.put("title", panel.title());
    json.put("description", panel.description());
    json.set("datasource", datasourceRef());
    ObjectNode gridPos = json.putObject("gridPos");
    gridPos.put("x", position[0]);
    gridPos.put("y", position[1]);
    gridPos.put("w", position[2]);
    gridPos.put("h", position[3]);
    ObjectNode fieldConfig = json.putObject("fieldConfig");
    fieldConfig.putObject("defaults").put("unit", panel.unit());
    fieldConfig.putArray("overrides");
    json.putObject("options");
    ArrayNode targets = json.putArray("targets");
    for (int i = 0; i < panel.exprs().size(); i++) {
      ObjectNode target = targets.addObject();
      target.put("refId", String.valueOf((char) ('A' + i)));
      target.set("datasource", datasourceRef());
      ExpressionModel expr = panel.exprs().get(i);
      target.put("expr", queries.promql().apply(expr));
      target.put("legendFormat", panel.legends().isEmpty() ? "__auto" : panel.legends().get(i));
      target.put("range", true);
      queries.exemplar().apply(expr).ifPresent(on -> target.put("exemplar", on));
    }
    return json;
  }

  private static ObjectNode datasourceRef() {
    ObjectNode ref = Serialization.object();
    ref.put("type", "prometheus");
    ref.put("uid", "${" + DATASOURCE_VARIABLE + "}");
    return ref;
  }
}
