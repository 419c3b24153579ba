package com.mastertrade.metrics.processor.promql.syntax;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.mastertrade.metrics.processor.promql.syntax.Expr.Aggregation;
import com.mastertrade.metrics.processor.promql.syntax.Expr.Call;
import com.mastertrade.metrics.processor.promql.syntax.Expr.MatrixSelector;
import com.mastertrade.metrics.processor.promql.syntax.Expr.Subquery;
import com.mastertrade.metrics.processor.promql.syntax.Expr.VectorSelector;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The schema's template forms: metric references and Grafana variables, columns as written. */
class TemplateSyntaxTest {
  @Test
  void referenceIsASelectorWithItsMatchers() {
    String template = "sum by (method) (rate({Http.requests}{method=~\"$method\"}[5m]))";
    Aggregation sum = (Aggregation) Parser.parse(template, Syntax.TEMPLATE);
    MatrixSelector range = (MatrixSelector) ((Call) sum.expr()).args().get(0);
    VectorSelector selector = range.selector();
    assertThat(selector.reference()).hasValue(new Reference("Http", "requests", "", 22, 37));
    assertThat(selector.name()).isEmpty();
    assertThat(selector.matchers().get(0).name()).isEqualTo("method");
    assertThat(selector.matchers().get(0).start()).isEqualTo(template.indexOf("method=~"));
  }

  @Test
  void referenceWithSuffix() {
    VectorSelector selector =
        (VectorSelector) Parser.parse("{Http.requestDuration:bucket}", Syntax.TEMPLATE);
    assertThat(selector.reference().orElseThrow().suffix()).isEqualTo("bucket");
    assertThat(selector.reference().orElseThrow().written())
        .isEqualTo("Http.requestDuration:bucket");
  }

  @Test
  void plainPromqlHasNoReferences() {
    assertThrows(PromqlSyntaxException.class, () -> Parser.parse("{Http.requests}", Syntax.PROMQL));
  }

  @Test
  void grafanaVariablesStandForDurations() {
    String template =
        "max_over_time(rate({Http.requests}[$__rate_interval])[${range}:[[step]]]) offset $shift";
    PromqlSyntaxException offsetOnCall =
        assertThrows(
            PromqlSyntaxException.class, () -> Parser.parse(template, Syntax.DASHBOARD_TEMPLATE));
    assertThat(offsetOnCall.position()).isEqualTo(0);

    String inner = "max_over_time(rate({Http.requests}[$__rate_interval])[${range}:[[step]]])";
    Call call = (Call) Parser.parse(inner, Syntax.DASHBOARD_TEMPLATE);
    Subquery subquery = (Subquery) call.args().get(0);
    assertThat(subquery.range().variable()).hasValue("${range}");
    assertThat(subquery.step().orElseThrow().variable()).hasValue("[[step]]");
    assertThat(subquery.step().orElseThrow().start()).isEqualTo(inner.indexOf("[[step]]"));
    MatrixSelector rate = (MatrixSelector) ((Call) subquery.expr()).args().get(0);
    assertThat(rate.range().variable()).isEqualTo(Optional.of("$__rate_interval"));
    VectorSelector shifted =
        (VectorSelector) Parser.parse("{Http.requests} offset $shift", Syntax.DASHBOARD_TEMPLATE);
    assertThat(shifted.modifiers().offset().orElseThrow().variable()).hasValue("$shift");
  }

  @Test
  void variablesOutsideDashboardsAreWhatPromtoolRejects() {
    String template = "rate({Http.requests}[$__rate_interval])";
    PromqlSyntaxException e =
        assertThrows(PromqlSyntaxException.class, () -> Parser.parse(template, Syntax.TEMPLATE));
    assertThat(e.reason()).isEqualTo("unexpected character in duration expression: '$'");
    assertThat(e.position()).isEqualTo(21);
    PromqlSyntaxException on2 =
        assertThrows(
            PromqlSyntaxException.class,
            () ->
                Parser.parse(
                    template, Syntax.TEMPLATE.on(PromqlTarget.of(PrometheusVersion.V2_42))));
    assertThat(on2.reason()).isEqualTo("missing unit character in duration");
    assertThat(on2.position()).isEqualTo(21);
  }

  @Test
  void aVariableCannotStandForAnExpression() {
    PromqlSyntaxException e =
        assertThrows(
            PromqlSyntaxException.class,
            () -> Parser.parse("{Http.requests} > $threshold", Syntax.DASHBOARD_TEMPLATE));
    assertThat(e.position()).isEqualTo(18);
    assertThat(e.reason()).startsWith("unexpected variable $threshold");
  }

  @Test
  void errorColumnsAreInTheWrittenTemplate() {
    PromqlSyntaxException e =
        assertThrows(
            PromqlSyntaxException.class,
            () -> Parser.parse("sum(rat({Http.requests}[5m]))", Syntax.TEMPLATE));
    assertThat(e.position()).isEqualTo(4);
    assertThat(e.reason()).isEqualTo("unknown function with name \"rat\"");
  }
}
