package com.mastertrade.metrics.runtime;

import static com.google.common.truth.Truth.assertThat;

import io.prometheus.metrics.core.metrics.Counter;
import org.junit.jupiter.api.Test;

class OpenLabelRecordersTest {
  private final Counter overflows = Counter.builder().name("overflows").labelNames("l").build();
  private final BoundedLabelValues symbols = new BoundedLabelValues(2, overflows.labelValues("s"));
  private final BoundedLabelValues venues = new BoundedLabelValues(1, overflows.labelValues("v"));
  // (side, symbol, paper, venue): open labels between and after closed ones.
  private final LabelSpace space =
      LabelSpace.of(
          LabelDomain.of("buy", "sell"), symbols, LabelDomain.of("false", "true"), venues);
  private final OpenLabelRecorders<String> recorders =
      new OpenLabelRecorders<>(space, values -> String.join("/", values));

  private int slot(int side, String symbol, int paper, String venue) {
    return ((side * 3 + symbols.indexOf(symbol)) * 2 + paper) * 2 + venues.indexOf(venue);
  }

  @Test
  void keysASeriesByItsClosedIndexAndItsOpenValues() {
    String btc = "BTCUSDT";
    ResolvedSeries<String> series = recorders.series(slot(1, btc, 1, "binance"));

    assertThat(series.recorder()).isEqualTo("sell/BTCUSDT/true/binance");
    // Closed labels alone, row-major: (side=1, paper=1) -> 1 * 2 + 1.
    assertThat(series.closed()).isEqualTo(3);
    assertThat(series.open(0)).isSameInstanceAs(btc);
    assertThat(series.open(1)).isEqualTo("binance");
    assertThat(series.reusable()).isTrue();
  }

  @Test
  void createsOneSeriesPerSlot() {
    int slot = slot(0, "ETHUSDT", 0, "kraken");
    assertThat(recorders.series(slot)).isSameInstanceAs(recorders.series(slot));
  }

  @Test
  void aSeriesWithAnOverflowValueIsNeverReusable() {
    symbols.indexOf("a");
    symbols.indexOf("b");
    ResolvedSeries<String> overflowSymbol = recorders.series(slot(0, "c", 0, "binance"));
    assertThat(overflowSymbol.recorder()).isEqualTo("buy/__overflow__/false/binance");
    assertThat(overflowSymbol.reusable()).isFalse();

    ResolvedSeries<String> overflowVenue = recorders.series(slot(0, "a", 0, "kraken"));
    assertThat(overflowVenue.open(1)).isEqualTo(BoundedLabelValues.OVERFLOW);
    assertThat(overflowVenue.reusable()).isFalse();
  }
}
