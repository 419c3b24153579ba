package com.mastertrade.services.marketdata;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

class CandleBuilderTest {
  @Test
  void aTickInTheNextIntervalClosesTheCandle() {
    CandleBuilder builder = new CandleBuilder("BTC", 5_000);
    assertThat(builder.add(10_000, 100)).isNull();
    assertThat(builder.add(11_000, 105)).isNull();
    assertThat(builder.add(14_999, 95)).isNull();

    Candle closed = builder.add(15_000, 101);

    assertThat(closed).isEqualTo(new Candle("BTC", 10_000, 100, 105, 95, 95, 3));
  }
}
