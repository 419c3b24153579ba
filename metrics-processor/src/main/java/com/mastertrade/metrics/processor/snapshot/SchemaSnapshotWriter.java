package com.mastertrade.metrics.processor.snapshot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mastertrade.metrics.processor.declarations.AlertGroupModel;
import com.mastertrade.metrics.processor.declarations.DashboardModel;
import com.mastertrade.metrics.processor.declarations.DeclarationsModel;
import com.mastertrade.metrics.processor.declarations.ExpressionModel;
import com.mastertrade.metrics.processor.declarations.QueryModel;
import com.mastertrade.metrics.processor.model.AcceptedBreakModel;
import com.mastertrade.metrics.processor.model.CategoryModel;
import com.mastertrade.metrics.processor.model.MetricModel;
import com.mastertrade.metrics.processor.model.SchemaModel;
import com.mastertrade.metrics.processor.output.ArtifactPaths;
import com.mastertrade.metrics.processor.output.GeneratedResource;
import com.mastertrade.metrics.processor.output.Serialization;
import com.mastertrade.metrics.processor.promql.ResolvedDeclarations;
import com.mastertrade.metrics.processor.promql.ResolvedExpression;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the schema snapshot, {@code generated-docs/schema-snapshot.json}: every metric with its
 * type, unit, help, labels and their domains, buckets, quantiles, former names and deprecation, and
 * every panel, recording rule, alert, SLO and example query with what it reads. The format is the
 * JSON Schema {@code schema-snapshot.schema.json} of metrics-evolution, which compares snapshots
 * and checks running services against them. Metrics are sorted by name; keys are in the schema's
 * order.
 */
public final class SchemaSnapshotWriter {
  public static final String PATH = ArtifactPaths.DOCS + "/schema-snapshot.json";
  static final int FORMAT_VERSION = 1;

  private final SchemaModel schema;
  private final ResolvedDeclarations resolved;
  private final ExpressionUses uses;

  public SchemaSnapshotWriter(SchemaModel schema, ResolvedDeclarations resolved) {
    this.schema = schema;
    this.resolved = resolved;
    this.uses = new ExpressionUses(resolved);
  }

  public GeneratedResource write(DeclarationsModel declarations) {
    ObjectNode root = Serialization.object();
    root.put("formatVersion", FORMAT_VERSION);
    root.put("schema", schema.qualifiedName());
    root.put("namespace", schema.namespace());
    root.put("maxSeries", schema.maxSeries());
    root.put("maxSeriesPerMetric", schema.maxSeriesPerMetric());
    root.put("worstCaseSeries", schema.worstCaseSeries());
    root.put("labelOverflowMetric", schema.labelOverflowName());
    ArrayNode metrics = root.putArray("metrics");
    schema.categories().stream()
        .flatMap(c -> c.metrics().stream().map(m -> new Keyed(c, m)))
        .sorted(Comparator.comparing(k -> k.metric().name()))
        .forEach(k -> metrics.add(MetricSnapshots.metric(k.category(), k.metric())));
    ArrayNode dashboards = root.putArray("dashboards");
    for (DashboardModel dashboard : declarations.dashboards()) {
      ObjectNode node = dashboards.addObject();
      node.put("uid", dashboard.uid());
      node.put("title", dashboard.title());
      ArrayNode panels = node.putArray("panels");
      for (DashboardModel.PanelModel panel : dashboard.panels()) {
        usage(panels, panel.title(), panel.exprs());
      }
    }
    ArrayNode records = root.putArray("recordingRules");
    ArrayNode alerts = root.putArray("alerts");
    for (AlertGroupModel group : declarations.alertGroups()) {
      group.records().forEach(r -> usage(records, r.record(), List.of(r.expr())));
      group.alerts().forEach(a -> usage(alerts, a.name(), List.of(a.expr())));
    }
    // The schema declares no SLOs yet; the format has their place.
    root.putArray("slos");
    ArrayNode queries = root.putArray("queries");
    for (QueryModel query : declarations.queries()) {
      usage(queries, query.name(), List.of(query.expr()));
    }
    ArrayNode accepted = root.putArray("acceptedBreaks");
    for (AcceptedBreakModel entry : schema.acceptedBreaks()) {
      accepted
          .addObject()
          .put("change", entry.change())
          .put("element", entry.element())
          .put("reason", entry.reason());
    }
    return new GeneratedResource(PATH, Serialization.json(root));
  }

  private void usage(ArrayNode array, String name, List<ExpressionModel> templates) {
    ObjectNode node = array.addObject();
    node.put("name", name);
    ArrayNode expressions = node.putArray("expressions");
    List<ResolvedExpression> resolvedTemplates = templates.stream().map(resolved::of).toList();
    resolvedTemplates.forEach(r -> expressions.add(r.promql()));
    ArrayNode used = node.putArray("uses");
    for (Map.Entry<String, Set<String>> use : uses.of(resolvedTemplates).entrySet()) {
      ObjectNode entry = used.addObject();
      entry.put("metric", use.getKey());
      ArrayNode labels = entry.putArray("labels");
      use.getValue().forEach(labels::add);
    }
  }

  private record Keyed(CategoryModel category, MetricModel metric) {}
}
