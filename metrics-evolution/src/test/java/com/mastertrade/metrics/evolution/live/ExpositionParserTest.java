package com.mastertrade.metrics.evolution.live;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The parser against client_java's own writers, and its strictness on malformed input. */
class ExpositionParserTest {
  @Test
  void readsClientJavasTextFormat() throws Exception {
    Exposition exposition =
        ExpositionParser.parse(
            new ShopRegistry().recordAll().text(), ExpositionFormat.PROMETHEUS_TEXT);

    assertThat(names(exposition))
        .containsExactly(
            "shop_build_info",
            "shop_http_request_duration_seconds",
            "shop_http_requests_total",
            "shop_orders_value_usd",
            "shop_queues_depth");
    MetricFamily requests = family(exposition, "shop_http_requests_total");
    assertThat(requests.type()).isEqualTo("counter");
    assertThat(requests.help()).isEqualTo("HTTP requests served");
    assertThat(requests.samples())
        .containsExactly(
            new Sample(
                "shop_http_requests_total", Map.of("method", "GET", "route", "/a\"b\\c\nd"), 1),
            new Sample(
                "shop_http_requests_total", Map.of("method", "POST", "route", "/orders"), 2));
    assertThat(family(exposition, "shop_build_info").type()).isEqualTo("gauge");
    MetricFamily duration = family(exposition, "shop_http_request_duration_seconds");
    assertThat(duration.type()).isEqualTo("histogram");
    assertThat(duration.unit()).isEmpty();
    assertThat(duration.samples().stream().map(Sample::name).distinct().toList())
        .containsExactly(
            "shop_http_request_duration_seconds_bucket",
            "shop_http_request_duration_seconds_count",
            "shop_http_request_duration_seconds_sum");
    assertThat(duration.samples().get(3).labels()).containsEntry("le", "+Inf");
    assertThat(family(exposition, "shop_orders_value_usd").samples()).hasSize(4);
  }

  @Test
  void readsClientJavasOpenMetrics() throws Exception {
    Exposition exposition =
        ExpositionParser.parse(
            new ShopRegistry().recordAll().openMetrics(), ExpositionFormat.OPENMETRICS);

    assertThat(names(exposition))
        .containsExactly(
            "shop_build",
            "shop_http_request_duration_seconds",
            "shop_http_requests",
            "shop_orders_value_usd",
            "shop_queues_depth");
    MetricFamily requests = family(exposition, "shop_http_requests");
    assertThat(requests.type()).isEqualTo("counter");
    // The values, then one _created sample per series.
    assertThat(requests.samples().stream().map(Sample::name).toList())
        .containsExactly(
            "shop_http_requests_total", "shop_http_requests_created",
            "shop_http_requests_total", "shop_http_requests_created");
    assertThat(requests.samples().get(0).labels()).containsEntry("route", "/a\"b\\c\nd");
    MetricFamily build = family(exposition, "shop_build");
    assertThat(build.type()).isEqualTo("info");
    assertThat(build.samples().get(0).name()).isEqualTo("shop_build_info");
    assertThat(family(exposition, "shop_http_request_duration_seconds").unit())
        .isEqualTo("seconds");
    assertThat(family(exposition, "shop_orders_value_usd").unit()).isEqualTo("usd");
  }

  @Test
  void unescapesHelpOfBothFormats() {
    String text = "# HELP a_total Says \"hi\"\\\\ and\\nmore\n# TYPE a_total counter\na_total 1\n";
    String om = "# TYPE a counter\n# HELP a Says \\\"hi\\\"\\\\ and\\nmore\na_total 1\n# EOF\n";

    assertThat(
            ExpositionParser.parse(text, ExpositionFormat.PROMETHEUS_TEXT).families().get(0).help())
        .isEqualTo("Says \"hi\"\\ and\nmore");
    assertThat(ExpositionParser.parse(om, ExpositionFormat.OPENMETRICS).families().get(0).help())
        .isEqualTo("Says \"hi\"\\ and\nmore");
  }

  @Test
  void sampleWithoutTypeIsAFamilyOfItsOwn() {
    Exposition exposition =
        ExpositionParser.parse(
            "plain{a=\"1\",} 3 1700000000000\n", ExpositionFormat.PROMETHEUS_TEXT);

    assertThat(exposition.families())
        .containsExactly(
            new MetricFamily(
                "plain", "untyped", "", "", List.of(new Sample("plain", Map.of("a", "1"), 3))));
  }

  @Test
  void refusesMalformedLinesNamingTheLine() {
    assertFailure("a{b=\"1\" 1\n", "line 1: expected ',' or '}' after a label value");
    assertFailure("a{b=1} 1\n", "line 1: expected '\"'");
    assertFailure("a{b=\"x\\t\"} 1\n", "line 1: unknown escape '\\t' in a label value");
    assertFailure("a{b=\"1\",b=\"2\"} 1\n", "line 1: label 'b' appears twice");
    assertFailure("\na 1x\n", "line 2: not a number '1x'");
    assertFailure("a Infinity\n", "line 1: not a number 'Infinity'");
    assertFailure("a\n", "line 1: expected a space before the value");
    assertFailure("a 1 2 3\n", "line 1: unexpected text after the value");
    assertFailure("9a 1\n", "line 1: expected a metric name");
    assertFailure("# TYPE a gauge\n# TYPE a counter\n", "line 2: second TYPE line for a");
    assertFailure("# TYPE a meter\n", "line 1: unknown type 'meter'");
    assertFailure("# TYPE a-b gauge\n", "line 1: invalid metric name 'a-b'");
  }

  @Test
  void openMetricsMustEndWithEof() {
    ExpositionFormatException missing =
        assertThrows(
            ExpositionFormatException.class,
            () -> ExpositionParser.parse("# TYPE a gauge\na 1\n", ExpositionFormat.OPENMETRICS));
    assertThat(missing).hasMessageThat().contains("OpenMetrics text must end with # EOF");
    ExpositionFormatException after =
        assertThrows(
            ExpositionFormatException.class,
            () -> ExpositionParser.parse("a 1\n# EOF\na 2\n", ExpositionFormat.OPENMETRICS));
    assertThat(after).hasMessageThat().startsWith("line 3: text after # EOF");
  }

  @Test
  void exemplarMustBeWellFormed() {
    assertFailure("a_total 1 # {x=\"y\"}\n", "line 1: expected a space before the exemplar value");
    assertFailure("a_total 1 # x\n", "line 1: unexpected text after the value");
  }

  private static void assertFailure(String text, String message) {
    ExpositionFormatException e =
        assertThrows(
            ExpositionFormatException.class,
            () -> ExpositionParser.parse(text, ExpositionFormat.PROMETHEUS_TEXT));
    assertThat(e).hasMessageThat().startsWith(message);
  }

  private static List<String> names(Exposition exposition) {
    return exposition.families().stream().map(MetricFamily::name).toList();
  }

  private static MetricFamily family(Exposition exposition, String name) {
    return exposition.families().stream()
        .filter(f -> f.name().equals(name))
        .findFirst()
        .orElseThrow();
  }
}
