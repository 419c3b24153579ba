package com.mastertrade.metrics.processor.reading;

import com.mastertrade.metrics.annotations.PanelType;
import com.mastertrade.metrics.processor.declarations.AlertGroupModel;
import com.mastertrade.metrics.processor.declarations.AlertGroupModel.AlertModel;
import com.mastertrade.metrics.processor.declarations.AlertGroupModel.RecordModel;
import com.mastertrade.metrics.processor.declarations.AlertGroupModel.TestSeriesModel;
import com.mastertrade.metrics.processor.declarations.DashboardModel;
import com.mastertrade.metrics.processor.declarations.DashboardModel.PanelModel;
import com.mastertrade.metrics.processor.declarations.DashboardModel.VariableModel;
import com.mastertrade.metrics.processor.declarations.DeclarationsModel;
import com.mastertrade.metrics.processor.declarations.ExpressionModel;
import com.mastertrade.metrics.processor.declarations.QueryModel;
import com.mastertrade.metrics.processor.declarations.ScrapeConfigModel;
import com.mastertrade.metrics.processor.declarations.ScrapeConfigModel.TargetModel;
import com.mastertrade.metrics.processor.model.Origin;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

  public DeclarationReader(Elements elements) {
    this.mirrors = new Mirrors(elements);
  }

  public DeclarationsModel read(TypeElement schema) {
    List<DashboardModel> dashboards = new ArrayList<>();
    List<AlertGroupModel> alertGroups = new ArrayList<>();
    List<QueryModel> queries = new ArrayList<>();
    Optional<ScrapeConfigModel> scrape = Optional.empty();
    for (TypeElement nested : ElementFilter.typesIn(schema.getEnclosedElements())) {
      Mirrors.find(nested, AnnotationNames.DASHBOARD)
          .ifPresent(d -> dashboards.add(dashboard(nested, d)));
      Mirrors.find(nested, AnnotationNames.ALERT_GROUP)
          .ifPresent(g -> alertGroups.add(alertGroup(nested, g)));
      Mirrors.find(nested, AnnotationNames.EXAMPLE_QUERIES)
          .ifPresent(
              q -> mirrors.annotations(q, "value").forEach(m -> queries.add(query(nested, m))));
      Optional<AnnotationMirror> config = Mirrors.find(nested, AnnotationNames.SCRAPE_CONFIG);
      if (config.isPresent()) {
        scrape = Optional.of(scrapeConfig(config.get()));
      }
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

  private AlertGroupModel alertGroup(TypeElement holder, AnnotationMirror group) {
    List<RecordModel> records = new ArrayList<>();
    for (AnnotationMirror record : mirrors.annotations(group, "records")) {
      String name = mirrors.string(record, "record");
      Origin origin = new Origin(holder, record);
      records.add(
          new RecordModel(
              name,
              new ExpressionModel(
                  mirrors.string(record, "expr"), "recording rule " + name, origin, "expr"),
              origin));
    }
    List<AlertModel> alerts =
        mirrors.annotations(group, "alerts").stream().map(a -> alert(holder, a)).toList();
    return new AlertGroupModel(
        mirrors.string(group, "name"), records, alerts, new Origin(holder, group));
  }

  private AlertModel alert(TypeElement holder, AnnotationMirror alert) {
    String name = mirrors.string(alert, "name");
    Origin origin = new Origin(holder, alert);
    AnnotationMirror test = mirrors.annotation(alert, "test");
    List<TestSeriesModel> series =
        mirrors.annotations(test, "series").stream()
            .map(
                s ->
                    new TestSeriesModel(
                        new ExpressionModel(
                            mirrors.string(s, "series"),
                            "test series of alert " + name,
                            new Origin(holder, s),
                            "series"),
                        mirrors.string(s, "firing"),
                        mirrors.string(s, "quiet")))
            .toList();
    return new AlertModel(
        name,
        new ExpressionModel(mirrors.string(alert, "expr"), "alert " + name, origin, "expr"),
        mirrors.string(alert, "pendingFor"),
        mirrors.enumConstant(alert, "severity").toLowerCase(Locale.ROOT),
        mirrors.string(alert, "summary"),
        mirrors.string(alert, "description"),
        series,
        mirrors.strings(test, "labels"),
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

  private ScrapeConfigModel scrapeConfig(AnnotationMirror config) {
    List<TargetModel> targets =
        mirrors.annotations(config, "targets").stream()
            .map(
                t ->
                    new TargetModel(
                        mirrors.string(t, "job"),
                        mirrors.string(t, "host"),
                        mirrors.intValue(t, "port")))
            .toList();
    return new ScrapeConfigModel(
        mirrors.string(config, "scrapeInterval"),
        mirrors.string(config, "evaluationInterval"),
        targets);
  }
}
