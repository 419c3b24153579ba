package com.mastertrade.metrics.processor.promql.syntax;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.mastertrade.metrics.processor.promql.syntax.Expr.Aggregation;
import com.mastertrade.metrics.processor.promql.syntax.Expr.Binary;
import com.mastertrade.metrics.processor.promql.syntax.Expr.Call;
import com.mastertrade.metrics.processor.promql.syntax.Expr.MatrixSelector;
import com.mastertrade.metrics.processor.promql.syntax.Expr.NumberLiteral;
import com.mastertrade.metrics.processor.promql.syntax.Expr.StringLiteral;
import com.mastertrade.metrics.processor.promql.syntax.Expr.Subquery;
import com.mastertrade.metrics.processor.promql.syntax.Expr.Unary;
import com.mastertrade.metrics.processor.promql.syntax.Expr.VectorSelector;
import com.mastertrade.metrics.processor.promql.syntax.TimeModifiers.At;
import com.mastertrade.metrics.processor.promql.syntax.VectorMatching.Cardinality;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tree the parser builds, construct by construct; promtool judges validity elsewhere. */
class ParserTest {
  private static Expr parse(String expression) {
    return Parser.parse(expression, Syntax.PROMQL);
  }

  @Test
  void selectorWithMatchers() {
    VectorSelector selector =
        (VectorSelector) parse("up{job=\"api\", path=~'/a.*', code!~`5..`, x!=\"\"}");
    assertThat(selector.name()).isEqualTo("up");
    assertThat(selector.matchers())
        .containsExactly(
            new LabelMatcher("job", LabelMatcher.Op.EQUAL, "api", 3, 12),
            new LabelMatcher("path", LabelMatcher.Op.REGEX, "/a.*", 14, 26),
            new LabelMatcher("code", LabelMatcher.Op.NOT_REGEX, "5..", 28, 39),
            new LabelMatcher("x", LabelMatcher.Op.NOT_EQUAL, "", 41, 46))
        .inOrder();
    assertThat(selector.end()).isEqualTo(47);
    assertThat(selector.type()).isEqualTo(ValueType.INSTANT_VECTOR);
  }

  @Test
  void keywordsAreLabelNamesInsideBracesAndMetricNamesWhereAnExpressionStarts() {
    VectorSelector selector = (VectorSelector) parse("sum{by=\"a\", offset=\"b\"}");
    assertThat(selector.name()).isEqualTo("sum");
    assertThat(selector.matchers().get(1).name()).isEqualTo("offset");
  }

  @Test
  void stringEscapes() {
    StringLiteral string = (StringLiteral) parse("\"a\\tb\\\"c\\u00e9\\x41\\101\"");
    assertThat(string.value()).isEqualTo("a\tb\"c\u00e9AA");
    assertThat(((StringLiteral) parse("`raw\\n`")).value()).isEqualTo("raw\\n");
  }

  @Test
  void numbers() {
    assertThat(((NumberLiteral) parse("0x1F")).value()).isEqualTo(31.0);
    assertThat(((NumberLiteral) parse("1.5e3")).value()).isEqualTo(1500.0);
    assertThat(((NumberLiteral) parse("-Inf")).value()).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(((NumberLiteral) parse("NaN")).value()).isNaN();
    assertThat(((NumberLiteral) parse("- 2")).start()).isEqualTo(0);
  }

  @Test
  void rangesSubqueriesOffsetsAndAt() {
    MatrixSelector range = (MatrixSelector) parse("up[1h30m] offset -5m @ end()");
    assertThat(range.range().millis()).isEqualTo(5_400_000L);
    assertThat(range.modifiers().offset().orElseThrow().millis()).isEqualTo(-300_000L);
    assertThat(range.modifiers().at().orElseThrow().kind()).isEqualTo(At.Kind.END);
    assertThat(range.type()).isEqualTo(ValueType.RANGE_VECTOR);

    Subquery subquery = (Subquery) parse("rate(up[5m])[30m:500ms] @ 1609746000");
    assertThat(subquery.range().millis()).isEqualTo(1_800_000L);
    assertThat(subquery.step().orElseThrow().millis()).isEqualTo(500L);
    assertThat(subquery.modifiers().at().orElseThrow().timestamp()).isEqualTo(1609746000.0);
    assertThat(((Subquery) parse("up[5m:]")).step()).isEmpty();
  }

  @Test
  void precedenceAndAssociativity() {
    // 1 + 2 * 3 ^ 2 ^ 2 == 1 + (2 * (3 ^ (2 ^ 2)))
    Binary sum = (Binary) parse("1 + 2 * 3 ^ 2 ^ 2 > bool 0");
    assertThat(sum.op()).isEqualTo(BinaryOperator.GREATER);
    Binary add = (Binary) sum.lhs();
    assertThat(add.op()).isEqualTo(BinaryOperator.ADD);
    Binary mul = (Binary) add.rhs();
    assertThat(mul.op()).isEqualTo(BinaryOperator.MUL);
    Binary pow = (Binary) mul.rhs();
    assertThat(((Binary) pow.rhs()).op()).isEqualTo(BinaryOperator.POW);
    // Left-associative: a - b - c == (a - b) - c.
    Binary sub = (Binary) parse("a - b - c");
    assertThat(((Binary) sub.lhs()).op()).isEqualTo(BinaryOperator.SUB);
    // Set operators: or binds loosest.
    assertThat(((Binary) parse("a or b and c")).op()).isEqualTo(BinaryOperator.OR);
  }

  @Test
  void signBindsLooserThanPowerAndTighterThanProduct() {
    Unary negated = (Unary) parse("-a ^ 2");
    assertThat(((Binary) negated.expr()).op()).isEqualTo(BinaryOperator.POW);
    Binary product = (Binary) parse("-a * 2");
    assertThat(product.lhs()).isInstanceOf(Unary.class);
  }

  @Test
  void vectorMatching() {
    Binary binary = (Binary) parse("a / on (job) group_left (instance) b");
    assertThat(binary.matching().orElseThrow())
        .isEqualTo(
            new VectorMatching(Cardinality.MANY_TO_ONE, true, List.of("job"), List.of("instance")));
    Binary set = (Binary) parse("a and ignoring (x) b");
    assertThat(set.matching().orElseThrow().cardinality()).isEqualTo(Cardinality.MANY_TO_MANY);
    assertThat(((Binary) parse("a * 2")).matching()).isEmpty();
    assertThat(((Binary) parse("2 > bool 1")).type()).isEqualTo(ValueType.SCALAR);
  }

  @Test
  void aggregationsWithGroupingBeforeOrAfterAndParameters() {
    Aggregation before = (Aggregation) parse("sum by (job, le) (rate(x[5m]))");
    Aggregation after = (Aggregation) parse("SUM(rate(x[5m])) BY (job, le)");
    assertThat(before.grouping()).isEqualTo(after.grouping());
    assertThat(before.grouping().orElseThrow().labels()).containsExactly("job", "le").inOrder();
    Aggregation topk = (Aggregation) parse("topk without (instance) (5, x)");
    assertThat(topk.op()).isEqualTo(Aggregator.TOPK);
    assertThat(topk.grouping().orElseThrow().without()).isTrue();
    assertThat(((NumberLiteral) topk.param().orElseThrow()).value()).isEqualTo(5.0);
    Aggregation values = (Aggregation) parse("count_values(\"v\", x)");
    assertThat(values.param().orElseThrow()).isInstanceOf(StringLiteral.class);
  }

  @Test
  void functionsWithOptionalAndRepeatedArguments() {
    Call call = (Call) parse("label_join(x, \"dst\", \",\", \"a\", \"b\", \"c\")");
    assertThat(call.args()).hasSize(6);
    assertThat(((Call) parse("hour()")).args()).isEmpty();
    assertThat(((Call) parse("round(x, 5)")).args()).hasSize(2);
    assertThat(parse("time()").type()).isEqualTo(ValueType.SCALAR);
    assertThat(Functions.all(PromqlTarget.of(PrometheusVersion.V2_42))).hasSize(70);
    // 3.5: holt_winters gone, histogram_avg, histogram_stddev and histogram_stdvar added.
    assertThat(Functions.all(PromqlTarget.DEFAULT)).hasSize(72);
    assertThat(Functions.all(new PromqlTarget(PrometheusVersion.V3_5, true))).hasSize(80);
    assertThat(Functions.all()).hasSize(81);
  }

  @Test
  void errorsCarryTheColumnOfTheWrongToken() {
    assertError("sum(rate(x[5m])", 15, "unclosed left parenthesis");
    assertError("up{job=\"a\"", 10, "unexpected end of input inside braces");
    assertError("rat(x[5m])", 0, "unknown function with name \"rat\"");
    assertError("", 0, "no expression found in input");
    assertError("round(x, 1, 2)", 0, "expected at most 2 argument(s) in call to \"round\", got 3");
    assertError(
        "sum(rate(x))",
        9,
        "expected type range vector in call to function \"rate\", got instant vector");
    assertError(
        "abs(x[5m])",
        4,
        "expected type instant vector in call to function \"abs\", got range vector");
    assertError("1 > 2", 2, "comparisons between scalars must use BOOL modifier");
    assertError("a * group_left b", 4, "unexpected <group_left>");
    assertError("1 and a", 0, "set operator \"and\" not allowed in binary scalar expression");
    assertError("a and on (x) group_left b", 0, "no grouping allowed for \"and\" operation");
    assertError(
        "sum(x) offset 5m",
        0,
        "offset modifier must be preceded by an instant vector selector or range vector selector"
            + " or a subquery");
    assertError("x[0s]", 2, "duration must be greater than 0");
    assertError("x[5m", 4, "unclosed left bracket");
    assertError("{job=~\".*\"}", 0, "vector selector must contain at least one non-empty matcher");
    assertError("x{job=~\"(a\"}", 2, "error parsing regexp: missing closing ): `(a`");
    assertError(
        "topk(x)",
        0,
        "wrong number of arguments for aggregate expression provided, expected 2, got 1");
  }

  private static void assertError(String expression, int column, String message) {
    PromqlSyntaxException e = assertThrows(PromqlSyntaxException.class, () -> parse(expression));
    assertThat(e.reason()).isEqualTo(message);
    assertThat(e.position()).isEqualTo(column);
  }
}
