package com.mastertrade.metrics.processor.promql;

import static com.google.common.truth.Truth.assertThat;

import com.mastertrade.metrics.processor.declarations.AlertGroupModel;
import com.mastertrade.metrics.processor.declarations.AlertGroupModel.AlertModel;
import com.mastertrade.metrics.processor.declarations.AlertGroupModel.RecordModel;
import com.mastertrade.metrics.processor.declarations.DashboardModel;
import com.mastertrade.metrics.processor.declarations.DashboardModel.PanelModel;
import com.mastertrade.metrics.processor.declarations.DashboardModel.VariableModel;
import com.mastertrade.metrics.processor.declarations.DeclarationsModel;
import com.mastertrade.metrics.processor.declarations.ExpressionModel;
import com.mastertrade.metrics.processor.declarations.QueryModel;
import com.mastertrade.metrics.processor.model.CategoryModel;
import com.mastertrade.metrics.processor.model.LabelKind;
import com.mastertrade.metrics.processor.model.LabelModel;
import com.mastertrade.metrics.processor.model.MetricModel;
import com.mastertrade.metrics.processor.model.MetricType;
import com.mastertrade.metrics.processor.model.SchemaModel;
import com.mastertrade.metrics.processor.promql.syntax.PromqlSyntaxException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each template resolved once: what validators check and writers render. */
class ExpressionResolverTest {
  private static final LabelModel METHOD =
      new LabelModel(
          "method",
          "method",
          LabelKind.ENUM,
          "M",
          "p",
          List.of("get", "post"),
          0,
          false,
          List.of(),
          List.of(),
          null);
  private static final LabelModel STATUS =
      new LabelModel(
          "status",
          "status",
          LabelKind.OPEN,
          "java.lang.String",
          "java.lang",
          List.of(),
          8,
          true,
          List.of(),
          List.of(),
          null);
  private static final SchemaModel SCHEMA =
      new SchemaModel(
          "p",
          "S",
          List.of(),
          "t",
          1000,
          1000,
          List.of(
              new CategoryModel(
                  "Http",
                  "p.S.Http",
                  "HTTP",
                  "d",
                  "http",
                  List.of(
                      metric("requests", MetricType.COUNTER, "t_http_requests", METHOD, STATUS),
                      metric("duration", MetricType.HISTOGRAM, "t_http_duration_seconds", METHOD)),
                  List.of(),
                  List.of(),
                  null)),
          List.of(),
          null);

  private static MetricModel metric(
      String method, MetricType type, String name, LabelModel... labels) {
    return new MetricModel(
        method,
        type,
        name,
        false,
        "h",
        "",
        List.of(labels),
        List.of(),
        false,
        List.of(),
        0,
        List.of(),
        Optional.empty(),
        new MetricModel.Written(true, false, false, false, false),
        null);
  }

  private static ExpressionModel expr(String template) {
    return new ExpressionModel(template, "q", null, "expr");
  }

  private final ExpressionModel record = expr("sum by (job) (rate({Http.requests}[5m]))");
  private final ExpressionModel alert = expr("job:t_http_requests:rate5m > 1");
  private final ExpressionModel panel =
      expr(
          "histogram_quantile(0.99, sum by (le) (rate({Http.duration:bucket}{method=~\"$method\"}"
              + "[$__rate_interval])))");
  private final ExpressionModel query = expr("sum by (status) (rate({Http.requests}[1h]))");
  private final VariableModel variable = new VariableModel("Http.requests", "method", null);

  private DeclarationsModel declarations(ExpressionModel... queries) {
    List<QueryModel> queryModels = new java.util.ArrayList<>();
    for (ExpressionModel q : queries) {
      queryModels.add(new QueryModel("q" + queryModels.size(), "d", q));
    }
    return new DeclarationsModel(
        List.of(
            new DashboardModel(
                "d",
                "D",
                "",
                List.of(),
                List.of(variable),
                List.of(
                    new PanelModel(
                        "P", "", "timeseries", "", List.of(panel), List.of(), 12, 8, null)),
                null)),
        List.of(
            new AlertGroupModel(
                "g",
                List.of(new RecordModel("job:t_http_requests:rate5m", record, null)),
                List.of(
                    new AlertModel(
                        "A", alert, "5m", "warning", "s", "d", List.of(), List.of(), null, null)),
                null)),
        queryModels,
        Optional.empty());
  }

  @Test
  void resolvesEveryTemplateOnce() {
    Resolutions resolutions = ExpressionResolver.resolve(SCHEMA, declarations(query));

    ResolvedExpression resolvedPanel = resolutions.of(panel).resolved().orElseThrow();
    assertThat(resolvedPanel.promql())
        .isEqualTo(
            "histogram_quantile(0.99, sum by (le) (rate(t_http_duration_seconds_bucket"
                + "{method=~\"$method\"}[$__rate_interval])))");
    assertThat(resolvedPanel.metrics().get(0).enclosingFunctions())
        .containsExactly("rate", "histogram_quantile")
        .inOrder();
    assertThat(resolvedPanel.variables()).containsExactly("__rate_interval", "method");
    assertThat(resolvedPanel.durationVariables()).containsExactly("__rate_interval");
    assertThat(resolvedPanel.resultLabels()).isEqualTo(LabelSet.NONE);

    assertThat(resolutions.recordedSeries()).containsExactly("job:t_http_requests:rate5m");
    assertThat(resolutions.recordedLabels("job:t_http_requests:rate5m").labels())
        .containsExactly("job");
    ResolvedExpression resolvedAlert = resolutions.of(alert).resolved().orElseThrow();
    assertThat(resolvedAlert.recordedNames()).containsExactly("job:t_http_requests:rate5m");
    assertThat(resolvedAlert.resultLabels().labels()).containsExactly("job");

    GroupingUse grouping = resolutions.of(query).resolved().orElseThrow().groupings().get(0);
    assertThat(grouping.series()).isEqualTo("{Http.requests}");
    assertThat(grouping.available().labels())
        .containsExactly("instance", "job", "method", "status");

    ResolvedDeclarations complete = resolutions.complete().orElseThrow();
    assertThat(complete.promql(record)).isEqualTo("sum by (job) (rate(t_http_requests_total[5m]))");
    assertThat(complete.variableLabel(variable)).isEqualTo(METHOD);
    assertThat(complete.record("job:t_http_requests:rate5m").orElseThrow().source())
        .isSameInstanceAs(record);
  }

  @Test
  void keepsWhyATemplateDidNotResolve() {
    ExpressionModel unknown = expr("{Http.requests} / {Http.missing}");
    ExpressionModel broken = expr("rate({Http.requests}[5m]");
    Resolutions resolutions = ExpressionResolver.resolve(SCHEMA, declarations(unknown, broken));

    Resolution unresolved = resolutions.of(unknown);
    assertThat(unresolved.resolved()).isEmpty();
    assertThat(unresolved.unknownMetrics().get(0).written()).isEqualTo("Http.missing");
    assertThat(unresolved.metrics().get(0).written()).isEqualTo("Http.requests");

    PromqlSyntaxException error = resolutions.of(broken).syntaxError().orElseThrow();
    assertThat(error.position()).isEqualTo(24);
    assertThat(error.reason()).isEqualTo("unclosed left parenthesis");

    assertThat(resolutions.complete()).isEmpty();
  }
}
