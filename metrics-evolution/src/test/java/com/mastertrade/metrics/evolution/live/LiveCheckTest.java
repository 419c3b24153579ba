package com.mastertrade.metrics.evolution.live;

import static com.google.common.truth.Truth.assertThat;

import com.mastertrade.metrics.evolution.Golden;
import com.mastertrade.metrics.evolution.snapshot.SchemaSnapshot;
import com.mastertrade.metrics.evolution.snapshot.SnapshotReader;
import io.prometheus.metrics.model.snapshots.Labels;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The live check against client_java's real output and against hand-made expositions, one kind of
 * mismatch each: the conforming {@code live/shop.om.txt} with one line changed.
 */
class LiveCheckTest {
  private static final SchemaSnapshot SHOP = shop();
  private static final LiveCheck CHECK = new LiveCheck(SHOP);
  private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
  private static final String SPAN_ID = "00f067aa0ba902b7";

  @Test
  void clientJavaOutputConformsInBothFormats() throws Exception {
    ShopRegistry shop = new ShopRegistry().recordAll();

    ServiceConformance text =
        CHECK.check("shop", "registry", shop.text(), ExpositionFormat.PROMETHEUS_TEXT);
    ServiceConformance om =
        CHECK.check("shop", "registry", shop.openMetrics(), ExpositionFormat.OPENMETRICS);

    for (ServiceConformance service : List.of(text, om)) {
      assertThat(service.findings()).isEmpty();
      assertThat(service.notExposed()).isEmpty();
      assertThat(service.exposed()).hasSize(5);
      // 2 requests, 6 of the histogram, 4 of the summary, 1 gauge, 1 info; no _created.
      assertThat(service.series()).isEqualTo(14);
    }
  }

  @Test
  void handMadeConformingExpositionHasNoMismatchAndListsWhatIsNotExposed() throws Exception {
    ServiceConformance service = check(conforming());

    assertThat(service.findings()).isEmpty();
    assertThat(service.notExposed()).containsExactly("shop_queues_depth");
    assertThat(service.openLabels())
        .containsExactly(
            new OpenLabelUse("shop_http_requests", "route", 1, 10, 0),
            new OpenLabelUse("shop_build_info", "version", 1, 2, 0));
  }

  @Test
  void undeclaredFamilyInTheNamespace() throws Exception {
    String text =
        conforming().replace("# EOF", "# TYPE shop_cart_items gauge\nshop_cart_items 3\n# EOF");

    assertOnly(text, FindingKind.UNDECLARED_FAMILY, "shop_cart_items", "gauge with 1 samples");
  }

  @Test
  void typeMismatch() throws Exception {
    String text =
        conforming()
            .replace("# TYPE shop_build info", "# TYPE shop_build gauge")
            .replace("shop_build_info{", "shop_build{");

    assertOnly(text, FindingKind.TYPE_MISMATCH, "shop_build", "exposed as gauge, declared info");
  }

  @Test
  void unitMismatch() throws Exception {
    String text =
        conforming()
            .replace("# UNIT shop_orders_value_usd usd", "# UNIT shop_orders_value_usd eur");

    assertOnly(
        text, FindingKind.UNIT_MISMATCH, "shop_orders_value_usd", "exposed 'eur', declared 'usd'");
  }

  @Test
  void helpMismatch() throws Exception {
    String text =
        conforming()
            .replace(
                "HELP shop_http_requests HTTP requests served", "HELP shop_http_requests Requests");

    assertOnly(
        text,
        FindingKind.HELP_MISMATCH,
        "shop_http_requests",
        "exposed 'Requests', declared 'HTTP requests served'");
  }

  @Test
  void labelNameMismatch() throws Exception {
    String text =
        conforming()
            .replace("{method=\"GET\",route=\"/orders\"}", "{verb=\"GET\",route=\"/orders\"}");

    assertOnly(
        text,
        FindingKind.LABEL_NAMES_MISMATCH,
        "shop_http_requests",
        "series with labels [route, verb], declared [method, route]");
  }

  @Test
  void enumValueOutsideItsDomain() throws Exception {
    String text =
        conforming()
            .replace("{side=\"buy\",quantile=\"0.99\"}", "{side=\"hold\",quantile=\"0.99\"}");

    assertOnly(
        text,
        FindingKind.VALUE_OUTSIDE_DOMAIN,
        "shop_orders_value_usd",
        "side=[hold] outside [buy, sell]");
  }

  @Test
  void openLabelAtItsBoundIsAWarningWithTheOverflowCount() throws Exception {
    String text =
        conforming()
            .replace(
                "shop_build_info{version=\"1.4.2\"} 1",
                "shop_build_info{version=\"1.4.2\"} 1\nshop_build_info{version=\"1.4.3\"} 1\n"
                    + "shop_build_info{version=\"__overflow__\"} 1")
            .replace(
                "# TYPE shop_orders_value_usd summary",
                "shop_label_overflow_total{metric=\"shop_build_info\",label=\"version\"} 5.0\n"
                    + "# TYPE shop_orders_value_usd summary");

    ServiceConformance service = check(text);

    assertThat(service.mismatches()).isEmpty();
    assertThat(service.warnings())
        .containsExactly(
            new Finding(
                FindingKind.OPEN_LABEL_AT_BOUND,
                "shop_build",
                "version: 2 of 2 values, 5 recordings overflowed"));
    assertThat(service.openLabels())
        .contains(new OpenLabelUse("shop_build_info", "version", 2, 2, 5));
  }

  @Test
  void openLabelOverItsBound() throws Exception {
    String text =
        conforming()
            .replace(
                "shop_build_info{version=\"1.4.2\"} 1",
                "shop_build_info{version=\"1\"} 1\n"
                    + "shop_build_info{version=\"2\"} 1\n"
                    + "shop_build_info{version=\"3\"} 1");

    assertOnly(
        text,
        FindingKind.OPEN_LABEL_OVER_BOUND,
        "shop_build",
        "version: 3 of 2 values, 0 recordings overflowed");
  }

  @Test
  void bucketMismatch() throws Exception {
    String text = conforming().replace("le=\"10.0\"", "le=\"5.0\"");

    assertOnly(
        text,
        FindingKind.BUCKETS_MISMATCH,
        "shop_http_request_duration_seconds",
        "exposed le [0.1, 1, 5, +Inf], declared [0.1, 1, 10, +Inf]");
  }

  @Test
  void quantileMismatch() throws Exception {
    String text = conforming().replace("quantile=\"0.99\"", "quantile=\"0.9\"");

    assertOnly(
        text,
        FindingKind.QUANTILES_MISMATCH,
        "shop_orders_value_usd",
        "exposed [0.5, 0.9], declared [0.5, 0.99]");
  }

  @Test
  void seriesOverTheDeclaredWorstCase() throws Exception {
    StringBuilder queues =
        new StringBuilder(
            "# TYPE shop_queues_depth gauge\n"
                + "# HELP shop_queues_depth Messages waiting in a queue\n");
    for (String queue : List.of("a", "b", "c", "d", "__overflow__")) {
      queues.append("shop_queues_depth{queue=\"").append(queue).append("\"} 1\n");
    }
    // Five series is the worst case of 4 values and the overflow; a sixth is one too many:
    // possible only if two services' series are merged, or the exposition is not ours.
    queues.append("shop_queues_depth{queue=\"e\"} 1\n");
    String text = conforming().replace("# EOF", queues + "# EOF");

    ServiceConformance service = check(text);

    assertThat(service.mismatches())
        .containsExactly(
            new Finding(
                FindingKind.OPEN_LABEL_OVER_BOUND,
                "shop_queues_depth",
                "queue: 5 of 4 values, 0 recordings overflowed"),
            new Finding(
                FindingKind.SERIES_OVER_WORST_CASE,
                "shop_queues_depth",
                "6 series, declared worst case 5"));
  }

  @Test
  void coverageOverServicesListsWhatNoServiceExposes() throws Exception {
    ServiceConformance first = check(conforming());
    ServiceConformance second =
        CHECK.check(
            "second",
            "second.txt",
            "# TYPE shop_http_requests_total counter\n"
                + "# HELP shop_http_requests_total HTTP requests served\n"
                + "shop_http_requests_total{method=\"GET\",route=\"/\"} 1\n",
            ExpositionFormat.PROMETHEUS_TEXT);

    ConformanceReport report = CHECK.report(List.of(first, second));

    assertThat(report.passed()).isTrue();
    assertThat(report.fullyCovered()).isFalse();
    assertThat(report.notExposedAnywhere()).containsExactly("shop_queues_depth");
    Golden.assertMatches(Path.of("live/report.txt"), ConformanceTextWriter.write(report));
    Golden.assertMatches(Path.of("live/report.json"), ConformanceJsonWriter.write(report));
  }

  @Test
  void clientJavaExemplarsAreCountedWhereTheSchemaDeclaresThem() throws Exception {
    ShopRegistry shop = new ShopRegistry().recordAll();
    shop.requests
        .labelValues("POST", "/orders")
        .incWithExemplar(Labels.of("trace_id", TRACE_ID, "span_id", SPAN_ID));

    ServiceConformance om =
        CHECK.check("shop", "registry", shop.openMetrics(), ExpositionFormat.OPENMETRICS);

    assertThat(om.findings()).isEmpty();
    assertThat(om.exemplars()).isEqualTo(1);
  }

  @Test
  void clientJavaExemplarOnAMetricDeclaredWithoutThem() throws Exception {
    ShopRegistry shop = new ShopRegistry().recordAll();
    shop.duration.labelValues("GET").observeWithExemplar(0.05, Labels.of("trace_id", TRACE_ID));

    ServiceConformance om =
        CHECK.check("shop", "registry", shop.openMetrics(), ExpositionFormat.OPENMETRICS);

    assertThat(om.findings())
        .containsExactly(
            new Finding(
                FindingKind.UNDECLARED_EXEMPLARS,
                "shop_http_request_duration_seconds",
                "2 exemplars, declared without"));
  }

  @Test
  void exemplarWithoutTraceId() throws Exception {
    String text = conforming().replace("# {trace_id=\"abc\"}", "# {span_id=\"00f067aa0ba902b7\"}");

    assertOnly(
        text,
        FindingKind.EXEMPLAR_LABELS,
        "shop_http_requests",
        "exemplar with labels [span_id] and no trace_id, the label Grafana's trace link reads");
  }

  @Test
  void exemplarLabelsOverOpenMetricsLimit() throws Exception {
    String text = conforming().replace("{trace_id=\"abc\"}", "{trace_id=\"" + "é".repeat(121) + "\"}");

    assertOnly(
        text,
        FindingKind.EXEMPLAR_LABELS,
        "shop_http_requests",
        "exemplar labels of 129 characters, over OpenMetrics' 128");
  }

  @Test
  void snapshotWrittenBeforeExemplarsWereRecordedDoesNotJudgeThem() throws Exception {
    String json =
        Golden.read(Path.of("live/shop-snapshot.json"))
            .replaceAll("\\n\\s*\"exemplars\": (true|false),", "");
    assertThat(json).doesNotContain("exemplars");
    ShopRegistry shop = new ShopRegistry().recordAll();
    shop.duration.labelValues("GET").observeWithExemplar(0.05, Labels.of("trace_id", TRACE_ID));

    ServiceConformance om =
        new LiveCheck(SnapshotReader.read(json, "older snapshot"))
            .check("shop", "registry", shop.openMetrics(), ExpositionFormat.OPENMETRICS);

    assertThat(om.findings()).isEmpty();
    // client_java writes it on its bucket and, with exemplars on all types, on _count.
    assertThat(om.exemplars()).isEqualTo(2);
  }

  private static void assertOnly(String text, FindingKind kind, String family, String detail) {
    ServiceConformance service = check(text);
    assertThat(service.findings()).containsExactly(new Finding(kind, family, detail));
    assertThat(kind.mismatch()).isTrue();
  }

  private static ServiceConformance check(String text) {
    return CHECK.check("shop", "shop.om.txt", text, ExpositionFormat.OPENMETRICS);
  }

  private static String conforming() throws IOException {
    return Golden.read(Path.of("live/shop.om.txt"));
  }

  private static SchemaSnapshot shop() {
    try {
      return SnapshotReader.read(Golden.RESOURCES.resolve("live/shop-snapshot.json"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
