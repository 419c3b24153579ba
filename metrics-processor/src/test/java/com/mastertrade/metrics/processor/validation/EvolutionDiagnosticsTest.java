package com.mastertrade.metrics.processor.validation;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.mastertrade.metrics.processor.validation.BrokenSchemas.assertOnlyError;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Deprecations, former names and accepted breaks: each mistake is one error on the value that is
 * wrong; a declaration that reads a deprecated metric or label value is a warning on it, and the
 * schema is still generated.
 */
class EvolutionDiagnosticsTest {
  private static final String SCHEMA =
      """
package test;

import com.mastertrade.metrics.annotations.*;
import com.mastertrade.metrics.runtime.*;

%s
@MetricsSchema(namespace = "t")
public interface Evolving {
  enum Side {
    BUY,
    SELL,
    @DeprecatedMetric(since = "2.0", reason = "short selling is closed")
    SHORT
  }

  @Category(title = "Orders", description = "Orders.", prefix = "orders")
  interface Orders {
    %s
    CounterRecorder placed(Side side, @MaxValues(4) String symbol);

    @Metric(help = "Open orders")
    @DeprecatedMetric(since = "2.0", reason = "counted by the exchange", replacement = "t_orders_placed")
    GaugeRecorder open(Side side);
  }

%s
}
""";

  private static JavaFileObject schema(String onSchema, String onPlaced, String declarations) {
    return JavaFileObjects.forSourceString(
        "test.Evolving", String.format(SCHEMA, onSchema, onPlaced, declarations));
  }

  private static JavaFileObject placed(String metric) {
    return schema("", metric, "");
  }

  private static JavaFileObject query(String expr) {
    return schema(
        "",
        "@Metric(help = \"Orders placed\")",
        "  @ExampleQueries(@Query(name = \"q\", description = \"d\",\n"
            + "      expr = \""
            + expr.replace("\"", "\\\"")
            + "\"))\n"
            + "  interface Queries {}");
  }

  @Test
  void deprecationWithoutReason() {
    assertOnlyError(
        schema(
            "",
            "@Metric(help = \"Orders placed\")\n"
                + "    @DeprecatedMetric(since = \"2.0\", reason = \"\")",
            ""),
        Message.INCOMPLETE_DEPRECATION.format("Orders.placed()", "reason"),
        "reason = \"\"");
  }

  @Test
  void deprecationOfAnEnumConstantWithoutSince() {
    JavaFileObject source =
        JavaFileObjects.forSourceString(
            "test.Evolving",
            String.format(SCHEMA, "", "@Metric(help = \"Orders placed\")", "")
                .replace("since = \"2.0\", reason = \"short", "since = \" \", reason = \"short"));

    assertOnlyError(
        source,
        Message.INCOMPLETE_DEPRECATION.format("test.Evolving.Side.SHORT", "since"),
        "since = \" \"");
  }

  @Test
  void formerMetricNameThatIsNoName() {
    assertOnlyError(
        placed(
            "@Metric(help = \"Orders placed\", formerly = {\"orders_made\", \"orders-placed\"})"),
        Message.INVALID_FORMER_NAME.format(
            "orders-placed", "Orders.placed()", "metric", ", e.g. 'orders_placed'"),
        "formerly = {");
  }

  @Test
  void formerMetricNameOfAnotherMetric() {
    assertOnlyError(
        placed("@Metric(help = \"Orders placed\", formerly = \"orders_open\")"),
        Message.FORMER_NAME_IN_USE.format("orders_open", "Orders.placed()", "Orders.open()"),
        "formerly = \"orders_open\"");
  }

  @Test
  void formerMetricNameThatIsItsOwnName() {
    assertOnlyError(
        placed("@Metric(help = \"Orders placed\", formerly = \"orders_placed\")"),
        Message.FORMER_NAME_IN_USE.format("orders_placed", "Orders.placed()", "Orders.placed()"),
        "formerly = \"orders_placed\"");
  }

  @Test
  void formerLabelNameThatIsNoName() {
    JavaFileObject source =
        JavaFileObjects.forSourceString(
            "test.Evolving",
            String.format(SCHEMA, "", "@Metric(help = \"Orders placed\")", "")
                .replace(
                    "@MaxValues(4) String symbol",
                    "@Label(formerly = \"__symbol\") @MaxValues(4) String symbol"));

    assertOnlyError(
        source,
        Message.INVALID_FORMER_NAME.format(
            "__symbol", "label symbol of Orders.placed()", "label", ""),
        "formerly = \"__symbol\"");
  }

  @Test
  void formerLabelNameOfAnotherLabel() {
    JavaFileObject source =
        JavaFileObjects.forSourceString(
            "test.Evolving",
            String.format(SCHEMA, "", "@Metric(help = \"Orders placed\")", "")
                .replace(
                    "@MaxValues(4) String symbol",
                    "@Label(value = \"instrument\", formerly = \"side\") @MaxValues(4) String"
                        + " symbol"));

    assertOnlyError(
        source,
        Message.FORMER_NAME_IN_USE.format(
            "side", "label instrument of Orders.placed()", "label side"),
        "formerly = \"side\"");
  }

  @Test
  void acceptedBreakWithoutReason() {
    assertOnlyError(
        schema(
            "@AcceptedBreak(change = SchemaChange.LABEL_ADDED, element ="
                + " \"t_orders_placed{symbol}\",\n"
                + "    reason = \"\")",
            "@Metric(help = \"Orders placed\")",
            ""),
        Message.ACCEPTED_BREAK_WITHOUT_REASON.format("LABEL_ADDED", "t_orders_placed{symbol}"),
        "reason = \"\"");
  }

  @Test
  void queryOfADeprecatedMetricIsAWarningOnIt() {
    JavaFileObject source = query("sum by (side) ({Orders.open})");

    Compilation compilation = BrokenSchemas.compile(source).compilation();

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    String message =
        Message.DEPRECATED_USE.format(
            "query 'q'",
            "{Orders.open}",
            "2.0",
            "counted by the exchange",
            "use t_orders_placed instead");
    assertThat(compilation).hadWarningContaining(message).inFile(source).onLineContaining("expr =");
    assertThat(compilation.warnings().get(0).getMessage(Locale.ROOT)).isEqualTo(message);
  }

  @Test
  void selectingADeprecatedLabelValueIsAWarningOnIt() {
    JavaFileObject source =
        query("sum(rate({Orders.placed}{side=~\"buy|short\", symbol=\"x\"}[5m]))");

    Compilation compilation = BrokenSchemas.compile(source).compilation();

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining(
            Message.DEPRECATED_USE.format(
                "query 'q'",
                "label value short of {Orders.placed}",
                "2.0",
                "short selling is closed",
                "stop using it"))
        .inFile(source)
        .onLineContaining("expr =");
  }

  @Test
  void readingOtherValuesOfTheLabelIsNoWarning() {
    Compilation compilation =
        BrokenSchemas.compile(query("sum(rate({Orders.placed}{side=\"buy\"}[5m]))")).compilation();

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void formerMetricNameWithTheNamespace() {
    assertOnlyError(
        placed("@Metric(help = \"Orders placed\", formerly = \"t_orders_made\")"),
        Message.FORMER_NAME_FORM.format(
            "t_orders_made",
            "Orders.placed()",
            "starts with the namespace 't_', which the schema adds",
            "orders_made"),
        "formerly = \"t_orders_made\"");
  }

  @Test
  void formerCounterNameWithTotal() {
    assertOnlyError(
        placed("@Metric(help = \"Orders placed\", formerly = \"orders_made_total\")"),
        Message.FORMER_NAME_FORM.format(
            "orders_made_total",
            "Orders.placed()",
            "ends in '_total', which exposition adds to a counter",
            "orders_made"),
        "formerly = \"orders_made_total\"");
  }

  @Test
  void formerMetricNameSharedByTwoMetrics() {
    JavaFileObject source =
        JavaFileObjects.forSourceString(
            "test.Evolving",
            String.format(
                    SCHEMA,
                    "",
                    "@Metric(help = \"Orders placed\", formerly = \"orders_made\")",
                    "")
                .replace(
                    "@Metric(help = \"Open orders\")",
                    "@Metric(help = \"Open orders\", formerly = \"orders_made\")"));

    assertOnlyError(
        source,
        Message.FORMER_NAME_SHARED.format(
            "orders_made", "Orders.open()", "Orders.placed()", "metric"),
        "@Metric(help = \"Open orders\", formerly = \"orders_made\")");
  }

  @Test
  void formerLabelNameSharedByTwoLabels() {
    JavaFileObject source =
        JavaFileObjects.forSourceString(
            "test.Evolving",
            String.format(SCHEMA, "", "@Metric(help = \"Orders placed\")", "")
                .replace(
                    "placed(Side side, @MaxValues(4) String symbol)",
                    "placed(@Label(formerly = \"kind\") Side side,\n"
                        + "        @Label(formerly = \"kind\") @MaxValues(4) String symbol)"));

    assertOnlyError(
        source,
        Message.FORMER_NAME_SHARED.format(
            "kind", "label symbol of Orders.placed()", "label side", "label"),
        "@Label(formerly = \"kind\") @MaxValues(4) String symbol");
  }

  @Test
  void acceptedBreakOfAMetricTheSchemaLacks() {
    assertOnlyError(
        schema(
            "@AcceptedBreak(change = SchemaChange.LABEL_ADDED, element ="
                + " \"t_orders_made{symbol}\",\n"
                + "    reason = \"split by symbol\")",
            "@Metric(help = \"Orders placed\")",
            ""),
        Message.ACCEPTED_BREAK_UNKNOWN_ELEMENT.format(
            "LABEL_ADDED",
            "t_orders_made{symbol}",
            "the metric t_orders_made, which the schema does not declare"),
        "element =");
  }

  @Test
  void acceptedBreakOfANameOutsidePrometheusSyntax() {
    assertOnlyError(
        schema(
            "@AcceptedBreak(change = SchemaChange.LABEL_ADDED, element ="
                + " \"t_orders_placed{sym-bol}\",\n"
                + "    reason = \"split by symbol\")",
            "@Metric(help = \"Orders placed\")",
            ""),
        Message.ACCEPTED_BREAK_UNKNOWN_ELEMENT.format(
            "LABEL_ADDED",
            "t_orders_placed{sym-bol}",
            "no element the compatibility report names"),
        "element =");
  }

  @Test
  void acceptedBreakOfALabelTheMetricLacks() {
    assertOnlyError(
        schema(
            "@AcceptedBreak(change = SchemaChange.LABEL_ADDED, element ="
                + " \"t_orders_placed{venue}\",\n"
                + "    reason = \"split by venue\")",
            "@Metric(help = \"Orders placed\")",
            ""),
        Message.ACCEPTED_BREAK_UNKNOWN_ELEMENT.format(
            "LABEL_ADDED",
            "t_orders_placed{venue}",
            "the label venue, which t_orders_placed does not have"),
        "element =");
  }

  @Test
  void deprecationReplacementThatNamesNothing() {
    JavaFileObject source =
        JavaFileObjects.forSourceString(
            "test.Evolving",
            String.format(SCHEMA, "", "@Metric(help = \"Orders placed\")", "")
                .replace("replacement = \"t_orders_placed\"", "replacement = \"Orders.filled\""));

    assertOnlyError(
        source,
        Message.UNKNOWN_REPLACEMENT.format(
            "Orders.filled",
            "Orders.open()",
            "another metric of the schema, as Category.method or by its name"),
        "replacement = \"Orders.filled\"");
  }

  @Test
  void deprecatedConstantReplacedByNoConstant() {
    JavaFileObject source =
        JavaFileObjects.forSourceString(
            "test.Evolving",
            String.format(SCHEMA, "", "@Metric(help = \"Orders placed\")", "")
                .replace(
                    "reason = \"short selling is closed\")",
                    "reason = \"short selling is closed\", replacement = \"LEND\")"));

    assertOnlyError(
        source,
        Message.UNKNOWN_REPLACEMENT.format(
            "LEND", "test.Evolving.Side.SHORT", "another constant of test.Evolving.Side, or its"
                + " label value"),
        "replacement = \"LEND\"");
  }

  @Test
  void sloWhoseBadEventsAreADeprecatedConstantIsAWarningOnIt() {
    JavaFileObject source =
        schema(
            "",
            "@Metric(help = \"Orders placed\")",
            """
              @ScrapeConfig(targets = @ScrapeTarget(job = "shop", port = 8080))
              interface Scrape {}

              @Dashboard(uid = "board", title = "Board", panels = @Panel(title = "p", expr = "up"))
              interface Board {}

              @ServiceLevelObjectives(availability = @AvailabilitySlo(
                  name = "placement", service = "shop", objective = 99.9,
                  description = "Orders placed.", events = "Orders.placed",
                  badType = Side.class, bad = {"SELL", "SHORT"},
                  runbook = @Runbook(meaning = "m", causes = "c", dashboards = "board",
                      checks = @RunbookCheck(description = "d", expr = "up == 0"))))
              interface Slos {}
            """);

    Compilation compilation = BrokenSchemas.compile(source).compilation();

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    String message =
        Message.DEPRECATED_USE.format(
            "SLO placement",
            "label value short of {Orders.placed}",
            "2.0",
            "short selling is closed",
            "stop using it");
    assertThat(compilation)
        .hadWarningContaining(message)
        .inFile(source)
        .onLineContaining("bad = {\"SELL\", \"SHORT\"}");
    assertThat(compilation.warnings().get(0).getMessage(Locale.ROOT)).isEqualTo(message);
  }
}
