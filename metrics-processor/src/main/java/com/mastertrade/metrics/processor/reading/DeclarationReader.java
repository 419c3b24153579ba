package com.mastertrade.metrics.processor.reading;

import com.mastertrade.metrics.annotations.PanelType;
import com.mastertrade.metrics.processor.declarations.AlertGroupModel;
import com.mastertrade.metrics.processor.declarations.DashboardModel;
import com.mastertrade.metrics.processor.declarations.DashboardModel.PanelModel;
import com.mastertrade.metrics.processor.declarations.DashboardModel.VariableModel;
import com.mastertrade.metrics.processor.declarations.DeclarationsModel;
import com.mastertrade.metrics.processor.declarations.ExpressionModel;
import com.mastertrade.metrics.processor.declarations.QueryModel;
import com.mastertrade.metrics.processor.declarations.ScrapeConfigModel;
import com.mastertrade.metrics.processor.declarations.ScrapeConfigModel.TargetModel;
import com.mastertrade.metrics.processor.model.AnnotationNames;
import com.mastertrade.metrics.processor.model.Origin;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Reads the dashboards, alert groups, example queries and scrape configuration declared on the
 * interfaces nested in a schema. Each template keeps the nested annotation it was written in, so a
 * diagnostic lands on that very {@code expr = "..."}.
 */
public final class DeclarationReader {
  private final Mirrors mirrors;
  private final AlertGroupReader alertGroupReader;

  public DeclarationReader(Elements elements) {
    this.mirrors = new Mirrors(elements);
    this.alertGroupReader = new AlertGroupReader(mirrors);
  }

  public DeclarationsModel read(TypeElement schema) {
    List<DashboardModel> dashboards = new ArrayList<>();
    List<AlertGroupModel> alertGroups = new ArrayList<>();
    List<QueryModel> queries = new ArrayList<>();
    List<ScrapeConfigModel> scrape = new ArrayList<>();
    for (TypeElement nested : ElementFilter.typesIn(schema.getEnclosedElements())) {
      Mirrors.find(nested, AnnotationNames.DASHBOARD)
          .ifPresent(d -> dashboards.add(dashboard(nested, d)));
      Mirrors.find(nested, AnnotationNames.ALERT_GROUP)
          .ifPresent(g -> alertGroups.add(alertGroupReader.read(nested, g)));
      Mirrors.find(nested, AnnotationNames.EXAMPLE_QUERIES)
          .ifPresent(
              q -> mirrors.annotations(q, "value").forEach(m -> queries.add(query(nested, m))));
      Mirrors.find(nested, AnnotationNames.SCRAPE_CONFIG)
          .ifPresent(config -> scrape.add(scrapeConfig(nested, config)));
    }
    return new DeclarationsModel(dashboards, alertGroups, queries, scrape);
  }

  private DashboardModel dashboard(TypeElement holder, AnnotationMirror dashboard) {
    List<VariableModel> variables =
        mirrors.annotations(dashboard, "variables").stream()
            .map(
                v ->
                    new VariableModel(
                        mirrors.string(v, "metric"),
                        mirrors.string(v, "label"),
                        new Origin(holder, v)))
            .toList();
    List<PanelModel> panels =
        mirrors.annotations(dashboard, "panels").stream().map(p -> panel(holder, p)).toList();
    return new DashboardModel(
        mirrors.string(dashboard, "uid"),
        mirrors.string(dashboard, "title"),
        mirrors.string(dashboard, "description"),
        mirrors.strings(dashboard, "tags"),
        variables,
        panels,
        new Origin(holder, dashboard));
  }

  private PanelModel panel(TypeElement holder, AnnotationMirror panel) {
    String title = mirrors.string(panel, "title");
    Origin origin = new Origin(holder, panel);
    List<ExpressionModel> exprs =
        mirrors.strings(panel, "expr").stream()
            .map(e -> new ExpressionModel(e, "panel '" + title + "'", origin, "expr"))
            .toList();
    return new PanelModel(
        title,
        mirrors.string(panel, "description"),
        PanelType.valueOf(mirrors.enumConstant(panel, "type")).grafanaId(),
        mirrors.string(panel, "unit"),
        exprs,
        mirrors.strings(panel, "legend"),
        mirrors.intValue(panel, "width"),
        mirrors.intValue(panel, "height"),
        origin);
  }

  private QueryModel query(TypeElement holder, AnnotationMirror query) {
    String name = mirrors.string(query, "name");
    return new QueryModel(
        name,
        mirrors.string(query, "description"),
        new ExpressionModel(
            mirrors.string(query, "expr"),
            "query '" + name + "'",
            new Origin(holder, query),
            "expr"));
  }

  private ScrapeConfigModel scrapeConfig(TypeElement holder, AnnotationMirror config) {
    List<TargetModel> targets =
        mirrors.annotations(config, "targets").stream()
            .map(
                t ->
                    new TargetModel(
                        mirrors.string(t, "job"),
                        mirrors.string(t, "host"),
                        mirrors.intValue(t, "port"),
                        new Origin(holder, t)))
            .toList();
    return new ScrapeConfigModel(
        mirrors.string(config, "scrapeInterval"),
        mirrors.string(config, "evaluationInterval"),
        targets,
        new Origin(holder, config));
  }
}
