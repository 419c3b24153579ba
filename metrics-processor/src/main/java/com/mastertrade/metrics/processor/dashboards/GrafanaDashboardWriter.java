package com.mastertrade.metrics.processor.dashboards;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mastertrade.metrics.processor.declarations.DashboardModel;
import com.mastertrade.metrics.processor.declarations.DashboardModel.PanelModel;
import com.mastertrade.metrics.processor.declarations.DashboardModel.VariableModel;
import com.mastertrade.metrics.processor.model.SchemaModel;
import com.mastertrade.metrics.processor.output.ArtifactPaths;
import com.mastertrade.metrics.processor.output.GeneratedResource;
import com.mastertrade.metrics.processor.output.Serialization;
import com.mastertrade.metrics.processor.promql.ResolvedDeclarations;
import java.util.List;

/**
 * Writes one Grafana dashboard JSON per {@code @Dashboard}, importable as is: the Prometheus data
 * source is a template variable, the uid is the declared one, panel ids count from 1, and panels
 * sit on the grid without overlapping.
 */
public final class GrafanaDashboardWriter {
  /** The dashboard JSON schema version these dashboards follow (Grafana 10 and later). */
  static final int SCHEMA_VERSION = 39;

  private static final String DATASOURCE_VARIABLE = "datasource";

  private final SchemaModel schema;
  private final ResolvedDeclarations resolved;
  private final DashboardVariables variables;

  public GrafanaDashboardWriter(SchemaModel schema, ResolvedDeclarations resolved) {
    this.schema = schema;
    this.resolved = resolved;
    this.variables = new DashboardVariables(resolved);
  }

  /** The path of a dashboard's JSON, relative to the artifact root. */
  public static String fileOf(DashboardModel dashboard) {
    return ArtifactPaths.DASHBOARDS + "/" + dashboard.uid() + ".json";
  }

  public List<GeneratedResource> write(List<DashboardModel> dashboards) {
    return dashboards.stream()
        .map(d -> new GeneratedResource(fileOf(d), Serialization.json(dashboard(d))))
        .toList();
  }

  private ObjectNode dashboard(DashboardModel dashboard) {
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
      panels.add(panel(panel, id++, layout.place(panel.width(), panel.height())));
    }
    return json;
  }

  private ObjectNode panel(PanelModel panel, int id, int[] position) {
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
      target.put("expr", resolved.promql(panel.exprs().get(i)));
      target.put("legendFormat", panel.legends().isEmpty() ? "__auto" : panel.legends().get(i));
      target.put("range", true);
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
