package com.mastertrade.metrics.schema;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.mastertrade.metrics.schema.Exposition.samples;
import static com.mastertrade.metrics.schema.Exposition.value;

import com.mastertrade.metrics.runtime.LabelValueNormalizer;
import com.mastertrade.metrics.runtime.http.HttpMethod;
import com.mastertrade.metrics.runtime.http.HttpStatusClass;
import com.mastertrade.metrics.schema.MasterTradeLabels.QueryType;
import com.mastertrade.metrics.schema.MasterTradeLabels.Side;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Hostile open label values recorded through the generated recorders: the exposition passes {@code
 * promtool check metrics}, holds no two series with the same name and labels, caps every value's
 * length, and keeps the overflow series for recordings beyond the bound only.
 */
class HostileLabelValuesTest {
  private static final List<String> HOSTILE =
      List.of(
          "x\uD800y",
          "x\uDC00y",
          "x?y",
          "\uDC00\uD800",
          "__overflow__",
          "___overflow__",
          "q\"uo\\te\nnew\u0000line",
          "a".repeat(100_000),
          "a".repeat(100_001),
          "\uD83D\uDE00".repeat(100),
          "");

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final PrometheusMasterTradeMetrics metrics =
      PrometheusMasterTradeMetrics.register(registry);

  @Test
  void hostileValuesExposeAsDistinctValidSeries() throws Exception {
    for (String value : HOSTILE) {
      metrics.trading().ordersRejected(value, Side.BUY).inc();
      metrics.http().requests(HttpMethod.GET, value, HttpStatusClass.CLIENT_ERROR).inc();
      metrics.http().requestDuration(HttpMethod.GET, value).observe(0.01);
      metrics.database().queryErrors(QueryType.SELECT, value).inc();
    }
    String exposition = Exposition.scrape(registry);

    Promtool.Result promtool = Promtool.checkMetrics(exposition);
    assertWithMessage(promtool.output()).that(promtool.exitCode()).isEqualTo(0);
    Set<String> series = new HashSet<>();
    for (String line : exposition.lines().filter(l -> !l.startsWith("#")).toList()) {
      assertWithMessage("duplicate series").that(series.add(seriesOf(line))).isTrue();
      assertThat(line.length()).isLessThan(4 * LabelValueNormalizer.MAX_LENGTH + 300);
    }
    // The two lone surrogates are one value, the literal "x?y" another; the two long values are
    // one; both overflow look-alikes are "_overflow__"; nothing overflowed, so no recording went
    // to __overflow__.
    List<String> rejected = samples(registry, "mastertrade_orders_rejected_total");
    assertThat(rejected).hasSize(HOSTILE.size() - 3);
    assertThat(
            value(registry, "mastertrade_orders_rejected_total{side=\"buy\",symbol=\"x\uFFFDy\"}"))
        .isEqualTo(2);
    assertThat(exposition).doesNotContain("\"__overflow__\"");
    assertThat(exposition).contains("symbol=\"_overflow__\"");
  }

  @Test
  void theOverflowSeriesCountsExactlyTheOverflowingRecordings() {
    metrics.trading().ordersRejected("__overflow__", Side.SELL).inc();
    for (int i = 0; i < 40; i++) {
      metrics.trading().ordersRejected("SYM" + i, Side.SELL).inc();
    }
    // 16 admitted values: the __overflow__ input and SYM0..SYM14; SYM15..SYM39 overflow.
    assertThat(
            value(
                registry,
                "mastertrade_orders_rejected_total{side=\"sell\",symbol=\"__overflow__\"}"))
        .isEqualTo(25);
    assertThat(
            value(
                registry,
                "mastertrade_label_overflow_total{label=\"symbol\","
                    + "metric=\"mastertrade_orders_rejected_total\"}"))
        .isEqualTo(25);
    assertThat(
            value(
                registry,
                "mastertrade_orders_rejected_total{side=\"sell\",symbol=\"_overflow__\"}"))
        .isEqualTo(1);
  }

  /** The sample's name and labels: the line without its value. */
  private static String seriesOf(String line) {
    return line.substring(0, line.lastIndexOf(' '));
  }
}
