package com.mastertrade.metrics.processor.validation;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import com.mastertrade.metrics.processor.MetricsSchemaProcessor;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Templates are parsed with PromQL's grammar: a syntax error, an unknown function or a wrong type
 * is an error on the {@code expr} value, naming the column in the template and showing it.
 */
class PromqlDiagnosticsTest {
  private static final String SCHEMA =
      """
      package test;

      import com.mastertrade.metrics.annotations.*;
      import com.mastertrade.metrics.runtime.*;

      @MetricsSchema(namespace = "t")
      public interface Bad {
        enum Side { BUY, SELL }

        @Category(title = "Orders", description = "Orders.", prefix = "orders")
        interface Orders {
          @Metric(help = "Orders placed")
          CounterRecorder placed(Side side, @MaxValues(4) String symbol);

          @Metric(help = "Open orders")
          GaugeRecorder open(Side side);
        }

      %s
      }
      """;

  private static JavaFileObject schemaWith(String declaration) {
    return JavaFileObjects.forSourceString("test.Bad", String.format(SCHEMA, declaration));
  }

  private static JavaFileObject query(String expr) {
    return schemaWith(
        "  @ExampleQueries(@Query(name = \"q\", description = \"d\",\n"
            + "      expr = \""
            + expr.replace("\\", "\\\\").replace("\"", "\\\"")
            + "\"))\n"
            + "  interface Queries {}");
  }

  private static void assertError(JavaFileObject source, String message, String line) {
    Compilation compilation =
        Compiler.javac().withProcessors(new MetricsSchemaProcessor()).compile(source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(message).inFile(source).onLineContaining(line);
  }

  /** The template and a caret under the column, as javac shows them: indented 2 more. */
  private static String caret(String template, int column) {
    return "\n      " + template + "\n      " + " ".repeat(column) + "^";
  }

  @Test
  void missingClosingParenthesis() {
    String expr = "sum(rate({Orders.placed}[5m])";
    assertError(
        query(expr),
        Message.PROMQL_SYNTAX.format("query 'q'", 29, "unclosed left parenthesis", caret(expr, 29)),
        "expr = \"sum(rate(");
  }

  @Test
  void unclosedSelector() {
    String expr = "sum({Orders.open}{side=\"buy\")";
    assertError(
        query(expr),
        Message.PROMQL_SYNTAX.format(
            "query 'q'", 28, "unexpected character inside braces: ')'", caret(expr, 28)),
        "expr = \"sum({Orders.open}");
  }

  @Test
  void emptyExpression() {
    assertError(
        query(""),
        Message.PROMQL_SYNTAX.format("query 'q'", 0, "no expression found in input", caret("", 0)),
        "expr = \"\"");
  }

  @Test
  void unknownFunction() {
    String expr = "sum(rat({Orders.placed}[5m]))";
    assertError(
        query(expr),
        Message.PROMQL_UNKNOWN_FUNCTION.format(
            "query 'q'", "rat", 4, "did you mean rate() or rad()?", caret(expr, 4)),
        "expr = \"sum(rat(");
  }

  @Test
  void rangeVectorWhereAnInstantVectorBelongs() {
    String expr = "sum({Orders.open}[5m])";
    assertError(
        query(expr),
        Message.PROMQL_TYPE.format(
            "query 'q'",
            4,
            "expected type instant vector in aggregation expression, got range vector",
            caret(expr, 4)),
        "expr = \"sum({Orders.open}[5m])\"");
  }

  @Test
  void instantVectorWhereARangeVectorBelongs() {
    String expr = "sum(rate({Orders.placed}))";
    assertError(
        query(expr),
        Message.PROMQL_TYPE.format(
            "query 'q'",
            9,
            "expected type range vector in call to function \"rate\", got instant vector",
            caret(expr, 9)),
        "expr = \"sum(rate({Orders.placed}))\"");
  }

  @Test
  void wrongArity() {
    String expr = "clamp_min({Orders.open})";
    assertError(
        query(expr),
        Message.PROMQL_TYPE.format(
            "query 'q'",
            0,
            "expected 2 argument(s) in call to \"clamp_min\", got 1",
            caret(expr, 0)),
        "expr = \"clamp_min(");
  }

  @Test
  void scalarComparisonWithoutBool() {
    String expr = "scalar(count({Orders.open})) > 1";
    int column = expr.indexOf('>');
    assertError(
        query(expr),
        Message.PROMQL_TYPE.format(
            "query 'q'",
            column,
            "comparisons between scalars must use BOOL modifier",
            caret(expr, column)),
        "expr = \"scalar(count(");
  }

  @Test
  void groupLeftWithoutVectorMatching() {
    String expr = "{Orders.open} * group_left {Orders.placed}";
    assertError(
        query(expr),
        Message.PROMQL_SYNTAX.format("query 'q'", 16, "unexpected <group_left>", caret(expr, 16)),
        "expr = \"{Orders.open} * group_left");
  }

  @Test
  void grafanaVariableOutsideADashboard() {
    String expr = "sum(rate({Orders.placed}[$__rate_interval]))";
    assertError(
        query(expr),
        Message.PROMQL_SYNTAX.format(
            "query 'q'",
            25,
            "unexpected character in duration expression: '$'",
            caret(expr, 25)),
        "expr = \"sum(rate(");
  }

  @Test
  void experimentalFunctionTheTargetDoesNotEnable() {
    String expr = "sort_by_label({Orders.open}, \"side\")";
    assertError(
        query(expr),
        Message.PROMQL_NOT_IN_TARGET.format(
            "query 'q'",
            "Prometheus 3.5",
            0,
            "function \"sort_by_label\" is not enabled",
            "sort_by_label() is an experimental function of Prometheus 3.5: Prometheus runs it"
                + " only with --enable-feature=promql-experimental-functions; to target that, set"
                + " the processor option metrics.promqlExperimentalFunctions=true",
            caret(expr, 0)),
        "expr = \"sort_by_label(");
  }

  @Test
  void prometheus3FunctionWhenTheTargetIs2() {
    String expr = "histogram_avg(rate({Orders.placed}[5m]))";
    JavaFileObject source = query(expr);
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new MetricsSchemaProcessor())
            .withOptions("-Ametrics.prometheus=2.42")
            .compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            Message.PROMQL_NOT_IN_TARGET.format(
                "query 'q'",
                "Prometheus 2.42",
                0,
                "unknown function with name \"histogram_avg\"",
                "histogram_avg() is PromQL of Prometheus 3.5, and the target is Prometheus 2.42:"
                    + " set the processor option metrics.prometheus=3.5, or write it as Prometheus"
                    + " 2.42 reads it",
                caret(expr, 0)))
        .inFile(source)
        .onLineContaining("expr = \"histogram_avg(");
  }

  @Test
  void functionThatPrometheus3Removed() {
    String expr = "holt_winters({Orders.open}[1h], 0.5, 0.5)";
    assertError(
        query(expr),
        Message.PROMQL_NOT_IN_TARGET.format(
            "query 'q'",
            "Prometheus 3.5",
            0,
            "unknown function with name \"holt_winters\"",
            "holt_winters() is gone from Prometheus 3.5 (Prometheus 3 renamed it): write"
                + " double_exponential_smoothing(), its experimental successor, or target Prometheus"
                + " 2.42",
            caret(expr, 0)),
        "expr = \"holt_winters(");
  }

  @Test
  void testExpectsALabelTheAlertCannotCarry() {
    assertError(
        schemaWith(
            """
              @AlertGroup(name = "g", alerts = @Alert(name = "A",
                  expr = "min by (side) ({Orders.open}) == 0",
                  severity = Severity.WARNING, summary = "s", description = "d",
                  test = @AlertTest(
                      series = @TestSeries(series = "{Orders.open}{side=\\"buy\\"}",
                          firing = "0x20", quiet = "1x20"),
                      labels = {"side=buy", "instance=a:1"}),
                  runbook = @Runbook(meaning = "m", causes = "c", dashboards = "board",
                      checks = @RunbookCheck(description = "d", expr = "up == 0"))))
              interface Alerts {}

              @Dashboard(uid = "board", title = "Board", panels = @Panel(title = "p", expr = "up"))
              interface Board {}
            """),
        Message.UNPRODUCIBLE_TEST_LABEL.format("A", "instance", "only side", "instance"),
        "labels = {\"side=buy\"");
  }

  @Test
  void groupingLabelMustBeOnTheSeriesItAggregates() {
    // symbol is a label of Orders.placed, not of the Orders.open this aggregation groups.
    assertError(
        query("sum by (side) ({Orders.placed}) / sum by (symbol) ({Orders.open})"),
        Message.UNKNOWN_LABEL.format("query 'q'", "symbol", "{Orders.open}", "instance, job, side"),
        "expr = \"sum by (side)");
  }

  @Test
  void includedLabelMustBeOnTheSideItIsCopiedFrom() {
    assertError(
        query("{Orders.placed} * on (side) group_left (symbol) {Orders.open}"),
        Message.UNKNOWN_LABEL.format("query 'q'", "symbol", "{Orders.open}", "instance, job, side"),
        "expr = \"{Orders.placed} * on (side)");
  }

  @Test
  void labelVariableWhereADurationStands() {
    assertError(
        schemaWith(
            """
              @Dashboard(uid = "d", title = "D",
                  variables = @Variable(metric = "Orders.open", label = "side"),
                  panels = @Panel(title = "P",
                      expr = "sum(rate({Orders.placed}{side=~\\"$side\\"}[$side]))"))
              interface D {}
            """),
        Message.VARIABLE_NOT_A_DURATION.format("P", "side"),
        "expr = \"sum(rate({Orders.placed}");
  }

  @Test
  void panelErrorsNameThePanelAndTheColumn() {
    String expr = "sum(rate({Orders.placed}[$__rate_interval])";
    assertError(
        schemaWith(
            """
              @Dashboard(uid = "d", title = "D",
                  panels = @Panel(title = "P",
                      expr = "sum(rate({Orders.placed}[$__rate_interval])"))
              interface D {}
            """),
        Message.PROMQL_SYNTAX.format("panel 'P'", 43, "unclosed left parenthesis", caret(expr, 43)),
        "expr = \"sum(rate({Orders.placed}");
  }

  @Test
  void rangeVectorAsAResult() {
    assertError(
        query("{Orders.placed}[5m]"),
        Message.PROMQL_RESULT_TYPE.format(
            "query 'q'",
            "range vector",
            "apply rate(), increase() or an *_over_time() function to it"),
        "expr = \"{Orders.placed}[5m]\"");
  }

  @Test
  void testSeriesThatIsNoSeries() {
    assertError(
        schemaWith(
            """
              @AlertGroup(name = "g", alerts = @Alert(name = "A", expr = "sum({Orders.open}) > 1",
                  severity = Severity.WARNING, summary = "s", description = "d",
                  test = @AlertTest(series = @TestSeries(series = "{Orders.open}{side=~\\"b.*\\"}",
                      firing = "2x20", quiet = "0x20")),
                  runbook = @Runbook(meaning = "m", causes = "c", dashboards = "board",
                      checks = @RunbookCheck(description = "d", expr = "up == 0"))))
              interface Alerts {}

              @Dashboard(uid = "board", title = "Board", panels = @Panel(title = "p", expr = "up"))
              interface Board {}
            """),
        Message.TEST_SERIES_NOT_A_SERIES.format("test series of alert A"),
        "series = \"{Orders.open}{side=~");
  }
}
