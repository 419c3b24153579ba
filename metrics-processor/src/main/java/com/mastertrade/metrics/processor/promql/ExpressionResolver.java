package com.mastertrade.metrics.processor.promql;

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
import com.mastertrade.metrics.processor.model.LabelModel;
import com.mastertrade.metrics.processor.model.MetricModel;
import com.mastertrade.metrics.processor.model.SchemaModel;
import com.mastertrade.metrics.processor.promql.SyntaxFacts.SelectorSite;
import com.mastertrade.metrics.processor.promql.syntax.Expr;
import com.mastertrade.metrics.processor.promql.syntax.Expr.VectorSelector;
import com.mastertrade.metrics.processor.promql.syntax.Parser;
import com.mastertrade.metrics.processor.promql.syntax.PromqlSyntaxException;
import com.mastertrade.metrics.processor.promql.syntax.PromqlTarget;
import com.mastertrade.metrics.processor.promql.syntax.Reference;
import com.mastertrade.metrics.processor.promql.syntax.Syntax;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parses every template of a schema's declarations once and resolves it against the schema: the
 * metrics it refers to, the recorded series it uses, its result labels, the PromQL it renders to.
 * Recording rules are resolved first, so that what uses their series knows their labels.
 */
public final class ExpressionResolver {
  /** Series Prometheus writes for every target, with the target's labels only. */
  private static final Set<String> TARGET_SERIES =
      Set.of(
          "up",
          "scrape_duration_seconds",
          "scrape_samples_scraped",
          "scrape_samples_post_metric_relabeling",
          "scrape_series_added");

  private final MetricLookup lookup;
  private final Map<String, LabelSet> recorded = new LinkedHashMap<>();
  private final Map<String, ExpressionModel> records = new LinkedHashMap<>();
  private final Map<ExpressionModel, Resolution> resolutions = new IdentityHashMap<>();
  private final PromqlTarget target;
  private final Syntax template;
  private final Syntax dashboardTemplate;

  private ExpressionResolver(SchemaModel schema, PromqlTarget target) {
    this.lookup = new MetricLookup(schema);
    this.target = target;
    this.template = Syntax.TEMPLATE.on(target);
    this.dashboardTemplate = Syntax.DASHBOARD_TEMPLATE.on(target);
  }

  /** Every template of {@code declarations}, resolved against {@code schema}, for the default. */
  public static Resolutions resolve(SchemaModel schema, DeclarationsModel declarations) {
    return resolve(schema, declarations, PromqlTarget.DEFAULT);
  }

  /** Every template of {@code declarations} as {@code target} reads it. */
  public static Resolutions resolve(
      SchemaModel schema, DeclarationsModel declarations, PromqlTarget target) {
    return new ExpressionResolver(schema, target).resolveAll(declarations);
  }

  private Resolutions resolveAll(DeclarationsModel declarations) {
    for (AlertGroupModel group : declarations.alertGroups()) {
      for (RecordModel record : group.records()) {
        Resolution resolution = resolve(record.expr(), template);
        records.put(record.record(), record.expr());
        recorded.put(
            record.record(),
            resolution.resolved().map(ResolvedExpression::resultLabels).orElse(LabelSet.ANY));
      }
    }
    Map<VariableModel, LabelModel> variables = new IdentityHashMap<>();
    int declaredVariables = 0;
    for (DashboardModel dashboard : declarations.dashboards()) {
      for (VariableModel variable : dashboard.variables()) {
        declaredVariables++;
        lookup
            .metric(variable.metric())
            .flatMap(m -> label(m, variable.label()))
            .ifPresent(label -> variables.put(variable, label));
      }
      for (PanelModel panel : dashboard.panels()) {
        panel.exprs().forEach(expr -> resolve(expr, dashboardTemplate));
      }
    }
    for (AlertGroupModel group : declarations.alertGroups()) {
      for (AlertModel alert : group.alerts()) {
        resolve(alert.expr(), template);
        for (TestSeriesModel series : alert.testSeries()) {
          resolve(series.series(), template);
        }
      }
    }
    for (QueryModel query : declarations.queries()) {
      resolve(query.expr(), template);
    }
    declarations
        .runbooks()
        .flatMap(runbook -> runbook.checks().stream())
        .forEach(check -> resolve(check.expr(), template));
    return new Resolutions(
        resolutions, recorded, records, variables, declaredVariables, target);
  }

  private static Optional<LabelModel> label(MetricModel metric, String name) {
    return metric.labels().stream().filter(l -> l.name().equals(name)).findFirst();
  }

  private Resolution resolve(ExpressionModel expr, Syntax syntax) {
    Resolution resolution = resolveOnce(expr, syntax);
    resolutions.put(expr, resolution);
    return resolution;
  }

  private Resolution resolveOnce(ExpressionModel source, Syntax syntax) {
    Expr ast;
    try {
      ast = Parser.parse(source.template(), syntax);
    } catch (PromqlSyntaxException e) {
      return Resolution.invalid(source, e);
    }
    SyntaxFacts facts = SyntaxFacts.of(ast);
    List<MetricUse> metrics = new ArrayList<>();
    List<Reference> unknown = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (SelectorSite site : facts.selectors) {
      VectorSelector selector = site.selector();
      if (selector.reference().isEmpty()) {
        if (!selector.name().isEmpty()) {
          names.add(selector.name());
        }
        continue;
      }
      Reference reference = selector.reference().get();
      Optional<MetricModel> metric = lookup.metric(reference.category(), reference.method());
      if (metric.isEmpty()) {
        unknown.add(reference);
        continue;
      }
      metrics.add(
          new MetricUse(reference, metric.get(), selector.matchers(), site.enclosingFunctions()));
    }
    if (!unknown.isEmpty()) {
      return Resolution.unknown(source, metrics, unknown, names);
    }
    ResultLabels results = new ResultLabels(this::selectorLabels);
    return Resolution.of(
        new ResolvedExpression(
            source,
            ast,
            render(source.template(), metrics),
            metrics,
            names,
            Groupings.of(ast, results),
            GrafanaVariables.used(facts),
            GrafanaVariables.inDurations(facts),
            results.of(ast)));
  }

  private LabelSet selectorLabels(VectorSelector selector) {
    if (selector.reference().isPresent()) {
      Reference reference = selector.reference().get();
      return lookup
          .metric(reference.category(), reference.method())
          .map(m -> LabelSet.of(MetricLookup.labelsOf(m, reference.suffix())))
          .orElse(LabelSet.ANY);
    }
    if (TARGET_SERIES.contains(selector.name())) {
      return LabelSet.of(MetricLookup.TARGET_LABELS);
    }
    return recorded.getOrDefault(selector.name(), LabelSet.ANY);
  }

  /** The template with each reference replaced by its series name, all else as written. */
  private static String render(String template, List<MetricUse> metrics) {
    StringBuilder promql = new StringBuilder();
    int copied = 0;
    List<MetricUse> inOrder = new ArrayList<>(metrics);
    inOrder.sort((a, b) -> Integer.compare(a.reference().start(), b.reference().start()));
    for (MetricUse use : inOrder) {
      promql.append(template, copied, use.reference().start()).append(use.seriesName());
      copied = use.reference().end();
    }
    return promql.append(template.substring(copied)).toString();
  }
}
