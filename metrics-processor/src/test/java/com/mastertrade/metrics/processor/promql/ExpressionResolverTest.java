package com.mastertrade.metrics.processor.promql;

import static com.google.common.truth.Truth.assertThat;

import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import com.mastertrade.metrics.processor.declarations.DeclarationsModel;
import com.mastertrade.metrics.processor.declarations.ExpressionModel;
import com.mastertrade.metrics.processor.declarations.QueryModel;
import com.mastertrade.metrics.processor.promql.syntax.PromqlSyntaxException;
import org.junit.jupiter.api.Test;

/** Each template resolved once: what validators check and writers render. */
class ExpressionResolverTest {
  private static final String SCHEMA =
      """
      package test;

      import com.mastertrade.metrics.annotations.*;
      import com.mastertrade.metrics.runtime.*;

      @MetricsSchema(namespace = "t")
      public interface S {
        enum Method { GET, POST }

        @Category(title = "HTTP", description = "Requests.", prefix = "http")
        interface Http {
          @Metric(help = "Requests")
          CounterRecorder requests(Method method, @MaxValues(8) String status);

          @Metric(help = "Latency", unit = "seconds")
          @Buckets({0.1, 1})
          HistogramRecorder duration(Method method);
        }

        @Dashboard(uid = "d", title = "D",
            variables = @Variable(metric = "Http.requests", label = "method"),
            panels = @Panel(title = "P", expr = "histogram_quantile(0.99, sum by (le) (rate("
                + "{Http.duration:bucket}{method=~\\"$method\\"}[$__rate_interval])))"))
        interface Dashboards {}

        @AlertGroup(name = "g",
            records = @RecordingRule(record = "job:t_http_requests:rate5m",
                expr = "sum by (job) (rate({Http.requests}[5m]))"),
            alerts = @Alert(name = "A", expr = "job:t_http_requests:rate5m > 1",
                severity = Severity.WARNING, summary = "s", description = "d",
                test = @AlertTest(series = @TestSeries(series = "{Http.requests}{job=\\"a\\"}",
                    firing = "0+60x20", quiet = "0x20"), labels = "job=a")))
        interface Alerts {}

        @ExampleQueries({%s})
        interface Queries {}
      }
      """;

  private static ResolvingProcessor resolve(String... queries) {
    StringBuilder declared = new StringBuilder();
    for (int i = 0; i < queries.length; i++) {
      declared
          .append(i == 0 ? "" : ", ")
          .append("@Query(name = \"q")
          .append(i)
          .append("\", description = \"d\", expr = \"")
          .append(queries[i].replace("\"", "\\\""))
          .append("\")");
    }
    ResolvingProcessor processor = new ResolvingProcessor();
    Compiler.javac()
        .withProcessors(processor)
        .compile(JavaFileObjects.forSourceString("test.S", String.format(SCHEMA, declared)));
    return processor;
  }

  private static ExpressionModel query(DeclarationsModel declarations, int index) {
    return declarations.queries().stream().map(QueryModel::expr).toList().get(index);
  }

  @Test
  void resolvesEveryTemplateOnce() {
    ResolvingProcessor run = resolve("sum by (status) (rate({Http.requests}[1h]))");
    Resolutions resolutions = run.resolutions;
    DeclarationsModel declarations = run.declarations;

    ExpressionModel panel = declarations.dashboards().get(0).panels().get(0).exprs().get(0);
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
    ExpressionModel alert = declarations.alertGroups().get(0).alerts().get(0).expr();
    ResolvedExpression resolvedAlert = resolutions.of(alert).resolved().orElseThrow();
    assertThat(resolvedAlert.recordedNames()).containsExactly("job:t_http_requests:rate5m");
    assertThat(resolvedAlert.resultLabels().labels()).containsExactly("job");

    GroupingUse grouping =
        resolutions.of(query(declarations, 0)).resolved().orElseThrow().groupings().get(0);
    assertThat(grouping.series()).isEqualTo("{Http.requests}");
    assertThat(grouping.available().labels())
        .containsExactly("instance", "job", "method", "status");

    ResolvedDeclarations complete = resolutions.complete().orElseThrow();
    ExpressionModel record = declarations.alertGroups().get(0).records().get(0).expr();
    assertThat(complete.promql(record)).isEqualTo("sum by (job) (rate(t_http_requests_total[5m]))");
    assertThat(complete.variableLabel(declarations.dashboards().get(0).variables().get(0)).values())
        .containsExactly("get", "post")
        .inOrder();
    assertThat(complete.record("job:t_http_requests:rate5m").orElseThrow().source())
        .isSameInstanceAs(record);
  }

  @Test
  void keepsWhyATemplateDidNotResolve() {
    ResolvingProcessor run =
        resolve("{Http.requests} / {Http.missing}", "rate({Http.requests}[5m]");
    Resolution unresolved = run.resolutions.of(query(run.declarations, 0));
    assertThat(unresolved.resolved()).isEmpty();
    assertThat(unresolved.unknownMetrics().get(0).written()).isEqualTo("Http.missing");
    assertThat(unresolved.metrics().get(0).written()).isEqualTo("Http.requests");

    PromqlSyntaxException error =
        run.resolutions.of(query(run.declarations, 1)).syntaxError().orElseThrow();
    assertThat(error.position()).isEqualTo(24);
    assertThat(error.reason()).isEqualTo("unclosed left parenthesis");

    assertThat(run.resolutions.complete()).isEmpty();
  }
}
