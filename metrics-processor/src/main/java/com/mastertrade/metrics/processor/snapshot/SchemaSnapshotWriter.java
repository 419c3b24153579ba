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
import com.mastertrade.metrics.processor.resolved.ArtifactWriter;
import com.mastertrade.metrics.processor.resolved.ResolvedSchema;
import com.mastertrade.metrics.processor.slo.ResolvedSlo;
import com.mastertrade.metrics.processor.slo.SloRules;
import java.util.ArrayList;
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
public final class SchemaSnapshotWriter implements ArtifactWriter {
  public static final String PATH = ArtifactPaths.DOCS + "/schema-snapshot.json";
  static final int FORMAT_VERSION = 1;

  @Override
  public List<GeneratedResource> write(ResolvedSchema resolvedSchema) {
    SchemaModel schema = resolvedSchema.model();
    DeclarationsModel declarations = resolvedSchema.declarations();
    Usages usages = new Usages(resolvedSchema.expressions());
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
        usage(usages, panels, panel.title(), panel.exprs());
      }
    }
    ArrayNode records = root.putArray("recordingRules");
    ArrayNode alerts = root.putArray("alerts");
    for (AlertGroupModel group : declarations.alertGroups()) {
      group.records().forEach(r -> usage(usages, records, r.record(), List.of(r.expr())));
      group.alerts().forEach(a -> usage(usages, alerts, a.name(), List.of(a.expr())));
    }
    ArrayNode slos = root.putArray("slos");
    SloRuleUses sloUses = new SloRuleUses(resolvedSchema);
    for (ResolvedSlo slo : resolvedSchema.slos()) {
      List<String> all = new ArrayList<>();
      for (SloRules.Rule rule : SloRules.of(slo)) {
        if (rule.alert().isPresent()) {
          generated(sloUses, alerts, rule.name(), List.of(rule.expr()));
        } else {
          // Every SLO records the same series names, told apart by their slo label.
          String series = rule.name() + "{slo=\"" + slo.name() + "\"}";
          generated(sloUses, records, series, List.of(rule.expr()));
        }
        all.add(rule.expr());
      }
      generated(sloUses, slos, slo.name(), all);
    }
    ArrayNode queries = root.putArray("queries");
    for (QueryModel query : declarations.queries()) {
      usage(usages, queries, query.name(), List.of(query.expr()));
    }
    ArrayNode accepted = root.putArray("acceptedBreaks");
    for (AcceptedBreakModel entry : schema.acceptedBreaks()) {
      accepted
          .addObject()
          .put("change", entry.change())
          .put("element", entry.element())
          .put("reason", entry.reason());
    }
    return List.of(new GeneratedResource(PATH, Serialization.json(root)));
  }

  /** What each template reads, by the resolved form of the declarations' templates. */
  private record Usages(ResolvedDeclarations resolved, ExpressionUses uses) {
    Usages(ResolvedDeclarations resolved) {
      this(resolved, new ExpressionUses(resolved));
    }
  }

  /** A usage of generated PromQL: the SLOs' rules. */
  private static void generated(
      SloRuleUses sloUses, ArrayNode array, String name, List<String> exprs) {
    ObjectNode node = array.addObject();
    node.put("name", name);
    ArrayNode expressions = node.putArray("expressions");
    exprs.forEach(expressions::add);
    ArrayNode used = node.putArray("uses");
    for (Map.Entry<String, Set<String>> use : sloUses.of(exprs).entrySet()) {
      ObjectNode entry = used.addObject();
      entry.put("metric", use.getKey());
      ArrayNode labels = entry.putArray("labels");
      use.getValue().forEach(labels::add);
    }
  }

  private static void usage(
      Usages usages, ArrayNode array, String name, List<ExpressionModel> templates) {
    ResolvedDeclarations resolved = usages.resolved();
    ExpressionUses uses = usages.uses();
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
