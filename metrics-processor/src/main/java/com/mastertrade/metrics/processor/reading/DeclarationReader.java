package com.mastertrade.metrics.processor.reading;

import com.mastertrade.metrics.annotations.PanelType;
import com.mastertrade.metrics.annotations.ReceiverKind;
import com.mastertrade.metrics.processor.declarations.AlertGroupModel;
import com.mastertrade.metrics.processor.declarations.AlertRouteModel;
import com.mastertrade.metrics.processor.declarations.AlertingModel;
import com.mastertrade.metrics.processor.declarations.DashboardModel;
import com.mastertrade.metrics.processor.declarations.DashboardModel.PanelModel;
import com.mastertrade.metrics.processor.declarations.DashboardModel.VariableModel;
import com.mastertrade.metrics.processor.declarations.DeclarationsModel;
import com.mastertrade.metrics.processor.declarations.ExpressionModel;
import com.mastertrade.metrics.processor.declarations.QueryModel;
import com.mastertrade.metrics.processor.declarations.ReceiverModel;
import com.mastertrade.metrics.processor.declarations.ScrapeConfigModel;
import com.mastertrade.metrics.processor.declarations.ScrapeConfigModel.TargetModel;
import com.mastertrade.metrics.processor.declarations.SloModel;
import com.mastertrade.metrics.processor.model.AnnotationNames;
import com.mastertrade.metrics.processor.model.Origin;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Reads the dashboards, alert groups, example queries, scrape configuration, SLOs and alert routing
 * of a schema: declared on the interfaces nested in it, in source order, then on the top-level
 * interfaces that name it, in the order of their qualified names (so the output does not depend on
 * the order javac was given the files). Each template keeps the nested annotation it was written
 * in, so a diagnostic lands on that very {@code expr = "..."}.
 */
public final class DeclarationReader {
  private final Mirrors mirrors;
  private final AlertGroupReader alertGroupReader;
  private final SloReader sloReader;

  public DeclarationReader(Elements elements) {
    this.mirrors = new Mirrors(elements);
    this.alertGroupReader = new AlertGroupReader(mirrors);
    this.sloReader = new SloReader(mirrors);
  }

  /**
   * @param holders the top-level types that carry declarations naming {@code schema}
   */
  public DeclarationsModel read(TypeElement schema, Collection<TypeElement> holders) {
    List<DashboardModel> dashboards = new ArrayList<>();
    List<AlertGroupModel> alertGroups = new ArrayList<>();
    List<QueryModel> queries = new ArrayList<>();
    List<ScrapeConfigModel> scrape = new ArrayList<>();
    List<SloModel> slos = new ArrayList<>();
    List<AlertingModel> alerting = new ArrayList<>();
    List<TypeElement> sites = new ArrayList<>(ElementFilter.typesIn(schema.getEnclosedElements()));
    holders.stream()
        .sorted(Comparator.comparing(holder -> holder.getQualifiedName().toString()))
        .forEach(sites::add);
    for (TypeElement site : sites) {
      boolean nested = site.getEnclosingElement().equals(schema);
      for (DeclarationSites.Declaration declaration : DeclarationSites.on(site)) {
        AnnotationMirror mirror = declaration.mirror();
        if (!NamedSchema.belongsTo(mirror, schema, nested)) {
          continue;
        }
        switch (declaration.annotation()) {
          case AnnotationNames.DASHBOARD -> dashboards.add(dashboard(site, mirror));
          case AnnotationNames.ALERT_GROUP -> alertGroups.add(alertGroupReader.read(site, mirror));
          case AnnotationNames.EXAMPLE_QUERIES ->
              mirrors.annotations(mirror, "value").forEach(q -> queries.add(query(site, q)));
          case AnnotationNames.SCRAPE_CONFIG -> scrape.add(scrapeConfig(site, mirror));
          case AnnotationNames.SERVICE_LEVEL_OBJECTIVES ->
              slos.addAll(sloReader.read(site, mirror));
          case AnnotationNames.ALERTING -> alerting.add(alerting(site, mirror));
          default -> throw new IllegalStateException("no reader for " + declaration.annotation());
        }
      }
    }
    return new DeclarationsModel(dashboards, alertGroups, queries, scrape, slos, alerting);
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

  private AlertingModel alerting(TypeElement holder, AnnotationMirror alerting) {
    return new AlertingModel(
        mirrors.string(alerting, "receiverJob"),
        mirrors.string(alerting, "receiverPath"),
        mirrors.string(alerting, "receiverCredentialsFile"),
        mirrors.string(alerting, "serviceDownAlert"),
        mirrors.string(alerting, "jobDownAlert"),
        mirrors.string(alerting, "runbookBaseUrl"),
        mirrors.string(alerting, "dashboardBaseUrl"),
        mirrors.string(alerting, "traceSearchBaseUrl"),
        mirrors.annotations(alerting, "receivers").stream().map(r -> receiver(holder, r)).toList(),
        mirrors.annotations(alerting, "routes").stream().map(r -> route(holder, r)).toList(),
        mirrors.string(alerting, "watchdogReceiver"),
        new Origin(holder, alerting));
  }

  private ReceiverModel receiver(TypeElement holder, AnnotationMirror receiver) {
    return new ReceiverModel(
        mirrors.string(receiver, "name"),
        ReceiverKind.valueOf(mirrors.enumConstant(receiver, "kind")),
        mirrors.string(receiver, "secretFile"),
        mirrors.string(receiver, "url"),
        mirrors.string(receiver, "channel"),
        mirrors.string(receiver, "to"),
        mirrors.string(receiver, "from"),
        mirrors.string(receiver, "smarthost"),
        mirrors.string(receiver, "username"),
        new Origin(holder, receiver));
  }

  private AlertRouteModel route(TypeElement holder, AnnotationMirror route) {
    List<String> severities =
        mirrors.list(route, "severities").stream()
            .map(v -> ((VariableElement) v.getValue()).getSimpleName().toString())
            .map(s -> s.toLowerCase(Locale.ROOT))
            .toList();
    return new AlertRouteModel(
        mirrors.string(route, "receiver"),
        severities,
        mirrors.strings(route, "jobs"),
        mirrors.strings(route, "slos"),
        mirrors.strings(route, "alerts"),
        new Origin(holder, route));
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
                        mirrors.string(t, "path"),
                        mirrors.string(t, "scheme"),
                        new Origin(holder, t)))
            .toList();
    return new ScrapeConfigModel(
        mirrors.string(config, "scrapeInterval"),
        mirrors.string(config, "evaluationInterval"),
        targets,
        new Origin(holder, config));
  }
}
