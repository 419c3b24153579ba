package com.mastertrade.metrics.processor.declarations;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a schema declares besides its metrics: dashboards, alert rules, example queries and the
 * scrape configuration. Immutable; validated against the schema before any writer sees it.
 *
 * @param scrapeConfigs every {@code @ScrapeConfig} of the schema: a valid schema has at most one
 * @param routings every {@code @Alerting} of the schema: a valid schema has at most one
 */
public record DeclarationsModel(
    List<DashboardModel> dashboards,
    List<AlertGroupModel> alertGroups,
    List<QueryModel> queries,
    List<ScrapeConfigModel> scrapeConfigs,
    List<SloModel> slos,
    List<AlertingModel> routings) {

  public DeclarationsModel {
    dashboards = List.copyOf(dashboards);
    alertGroups = List.copyOf(alertGroups);
    queries = List.copyOf(queries);
    scrapeConfigs = List.copyOf(scrapeConfigs);
    slos = List.copyOf(slos);
    routings = List.copyOf(routings);
  }

  /** The alert routing; a schema with more than one is rejected before any writer runs. */
  public Optional<AlertingModel> alerting() {
    return routings.stream().findFirst();
  }

  /** The scrape configuration; a schema with more than one is rejected before any writer runs. */
  public Optional<ScrapeConfigModel> scrapeConfig() {
    return scrapeConfigs.stream().findFirst();
  }

  /** Every runbook, those of the alerts first, then those of the SLOs. */
  public Stream<RunbookModel> runbooks() {
    return Stream.concat(
        alertGroups.stream().flatMap(g -> g.alerts().stream()).map(a -> a.runbook()),
        slos.stream().map(SloModel::runbook));
  }

  /**
   * Every PromQL template, in declaration order: panels, rules, alert test series, queries, runbook
   * checks.
   */
  public Stream<ExpressionModel> expressions() {
    Stream<ExpressionModel> panels =
        dashboards.stream().flatMap(d -> d.panels().stream()).flatMap(p -> p.exprs().stream());
    Stream<ExpressionModel> records =
        alertGroups.stream().flatMap(g -> g.records().stream()).map(r -> r.expr());
    Stream<ExpressionModel> alerts =
        alertGroups.stream().flatMap(g -> g.alerts().stream()).map(a -> a.expr());
    Stream<ExpressionModel> testSeries =
        alertGroups.stream()
            .flatMap(g -> g.alerts().stream())
            .flatMap(a -> a.testSeries().stream())
            .map(s -> s.series());
    Stream<ExpressionModel> examples = queries.stream().map(QueryModel::expr);
    Stream<ExpressionModel> checks =
        runbooks().flatMap(r -> r.checks().stream()).map(RunbookModel.CheckModel::expr);
    return Stream.of(panels, records, alerts, testSeries, examples, checks).flatMap(s -> s);
  }
}
