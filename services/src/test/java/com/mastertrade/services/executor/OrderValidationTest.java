package com.mastertrade.services.executor;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.mastertrade.metrics.schema.MasterTradeLabels.OrderType;
import io.javalin.http.BadRequestResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The checks of {@code POST /orders} bodies: each refusal has its reason. */
class OrderValidationTest {
  private static OrderRequest read(String json) {
    return OrderBodies.read(json.getBytes(StandardCharsets.UTF_8));
  }

  private static String problem(String json) {
    return read(json).problem();
  }

  @Test
  void quantitiesBelowOneLotOrNotWholeLotsAreRefused() {
    assertThat(problem("{\"symbol\":\"BTCUSDT\",\"side\":\"BUY\",\"quantity\":5e-324}"))
        .startsWith("quantity must be from 0.00000001 to 1000000");
    assertThat(problem("{\"symbol\":\"BTCUSDT\",\"side\":\"BUY\",\"quantity\":1e-300}"))
        .startsWith("quantity must be from");
    assertThat(problem("{\"symbol\":\"BTCUSDT\",\"side\":\"BUY\",\"quantity\":0}"))
        .startsWith("quantity must be from");
    assertThat(problem("{\"symbol\":\"BTCUSDT\",\"side\":\"BUY\",\"quantity\":1e400}"))
        .startsWith("quantity must be from");
    assertThat(problem("{\"symbol\":\"BTCUSDT\",\"side\":\"BUY\",\"quantity\":0.123456789}"))
        .isEqualTo("quantity must be a whole number of lots of 0.00000001");
  }

  @Test
  void quantitiesOfWholeLotsPassEvenWithBinaryRounding() {
    assertThat(problem("{\"symbol\":\"BTCUSDT\",\"side\":\"BUY\",\"quantity\":0.00000001}"))
        .isNull();
    assertThat(
            new OrderRequest("BTCUSDT", com.mastertrade.services.common.Side.BUY, 0.001 + 0.00003)
                .problem())
        .isNull();
    assertThat(problem("{\"symbol\":\"SOLUSDT\",\"side\":\"SELL\",\"quantity\":28}")).isNull();
  }

  @Test
  void theOrderTypeIsAccepted() {
    OrderRequest market =
        read("{\"symbol\":\"BTCUSDT\",\"side\":\"BUY\",\"quantity\":1,\"type\":\"MARKET\"}");
    assertThat(market.problem()).isNull();
    assertThat(market.orderType()).isEqualTo(OrderType.MARKET);
    assertThat(read("{\"symbol\":\"BTCUSDT\",\"side\":\"BUY\",\"quantity\":1}").orderType())
        .isEqualTo(OrderType.MARKET);

    OrderRequest limit =
        read(
            "{\"symbol\":\"BTCUSDT\",\"side\":\"BUY\",\"quantity\":1,\"type\":\"LIMIT\","
                + "\"limitPrice\":60000}");
    assertThat(limit.problem()).isNull();
    assertThat(limit.limit()).isEqualTo(60000.0);
    assertThat(limit.fingerprint()).isNotEqualTo(market.fingerprint());

    assertThat(
            problem("{\"symbol\":\"BTCUSDT\",\"side\":\"BUY\",\"quantity\":1,\"type\":\"LIMIT\"}"))
        .startsWith("a LIMIT order needs a limitPrice");
    assertThat(problem("{\"symbol\":\"BTCUSDT\",\"side\":\"BUY\",\"quantity\":1,\"limitPrice\":5}"))
        .isEqualTo("limitPrice is only for LIMIT orders");
  }

  @Test
  void unknownSymbolsAndMissingFieldsHaveTheirReason() {
    assertThat(problem("{\"symbol\":\"x\\u0000\\\"y\",\"side\":\"BUY\",\"quantity\":1}"))
        .isEqualTo("unknown symbol: trade one of BTCUSDT, ETHUSDT, SOLUSDT");
    assertThat(problem("{\"symbol\":\"BTCUSDT\",\"quantity\":1}"))
        .isEqualTo("symbol and side are required");
  }

  @Test
  void bodiesThatAreNoOrderAreRefusedWithTheParsersReason() {
    BadRequestResponse unknownField =
        assertThrows(
            BadRequestResponse.class,
            () -> read("{\"symbol\":\"BTCUSDT\",\"side\":\"BUY\",\"qty\":1}"));
    assertThat(unknownField).hasMessageThat().contains("\"qty\"");
    BadRequestResponse badType =
        assertThrows(
            BadRequestResponse.class,
            () ->
                read("{\"symbol\":\"BTCUSDT\",\"side\":\"BUY\",\"quantity\":1,\"type\":\"STOP\"}"));
    assertThat(badType).hasMessageThat().contains("STOP");
    assertThrows(BadRequestResponse.class, () -> read("{\"symbol\":"));
    assertThrows(BadRequestResponse.class, () -> read("null"));
    assertThrows(BadRequestResponse.class, () -> read("{} {}"));
  }
}
