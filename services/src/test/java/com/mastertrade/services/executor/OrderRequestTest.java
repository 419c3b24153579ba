package com.mastertrade.services.executor;

import static com.google.common.truth.Truth.assertThat;

import com.mastertrade.services.common.Json;
import com.mastertrade.metrics.schema.MasterTradeLabels.Side;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OrderRequestTest {
  @Test
  void theFingerprintIsOfTheOrderNotOfItsSpelling() {
    OrderRequest compact =
        Json.read(
            "{\"symbol\":\"BTCUSDT\",\"side\":\"BUY\",\"quantity\":0.5}"
                .getBytes(StandardCharsets.UTF_8),
            OrderRequest.class);
    OrderRequest spaced =
        Json.read(
            "{ \"quantity\": 5e-1, \"side\": \"BUY\", \"symbol\": \"BTCUSDT\" }"
                .getBytes(StandardCharsets.UTF_8),
            OrderRequest.class);

    assertThat(spaced.fingerprint()).isEqualTo(compact.fingerprint());
  }

  @Test
  void anyDifferenceInTheOrderChangesTheFingerprint() {
    String base = new OrderRequest("BTCUSDT", Side.BUY, new BigDecimal("0.5")).fingerprint();

    assertThat(new OrderRequest("ETHUSDT", Side.BUY, new BigDecimal("0.5")).fingerprint()).isNotEqualTo(base);
    assertThat(new OrderRequest("BTCUSDT", Side.SELL, new BigDecimal("0.5")).fingerprint()).isNotEqualTo(base);
    assertThat(new OrderRequest("BTCUSDT", Side.BUY, new BigDecimal("0.50001")).fingerprint()).isNotEqualTo(base);
  }
}
