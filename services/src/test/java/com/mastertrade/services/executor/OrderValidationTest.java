package com.mastertrade.services.executor;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.mastertrade.metrics.schema.MasterTradeLabels.OrderType;
import io.javalin.http.BadRequestResponse;
import java.math.BigDecimal;
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
    assertThat(limit.limitPrice()).isEquivalentAccordingToCompareTo(new BigDecimal("60000"));
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
        .isEqualTo("symbol, side and quantity are required");
  }

  @Test
  void aRepeatedFieldIsRefusedNotTakenLastWins() {
    BadRequestResponse repeated =
        assertThrows(
            BadRequestResponse.class,
            () ->
                read(
                    "{\"symbol\":\"BTCUSDT\",\"symbol\":\"SOLUSDT\",\"side\":\"BUY\","
                        + "\"quantity\":0.01}"));
    assertThat(repeated).hasMessageThat().contains("'symbol'");
  }

  @Test
  void aNumberSentAsAStringOrAStringAsANumberIsRefusedNamingTheField() {
    BadRequestResponse quantity =
        assertThrows(
            BadRequestResponse.class,
            () -> read("{\"symbol\":\"BTCUSDT\",\"side\":\"BUY\",\"quantity\":\"0.01\"}"));
    assertThat(quantity).hasMessageThat().contains("field 'quantity'");
    BadRequestResponse limit =
        assertThrows(
            BadRequestResponse.class,
            () ->
                read(
                    "{\"symbol\":\"BTCUSDT\",\"side\":\"BUY\",\"quantity\":1,"
                        + "\"type\":\"LIMIT\",\"limitPrice\":\"5\"}"));
    assertThat(limit).hasMessageThat().contains("field 'limitPrice'");
    BadRequestResponse symbol =
        assertThrows(
            BadRequestResponse.class,
            () -> read("{\"symbol\":7,\"side\":\"BUY\",\"quantity\":1}"));
    assertThat(symbol).hasMessageThat().contains("field 'symbol'");
    BadRequestResponse side =
        assertThrows(
            BadRequestResponse.class,
            () -> read("{\"symbol\":\"BTCUSDT\",\"side\":0,\"quantity\":1}"));
    assertThat(side).hasMessageThat().contains("field 'side'");
    BadRequestResponse bool =
        assertThrows(
            BadRequestResponse.class,
            () -> read("{\"symbol\":\"BTCUSDT\",\"side\":\"BUY\",\"quantity\":true}"));
    assertThat(bool).hasMessageThat().contains("field 'quantity'");
  }

  @Test
  void aQuantityWithinBinaryRoundingOfWholeLotsIsThoseLots() {
    OrderRequest rounded =
        read("{\"symbol\":\"BTCUSDT\",\"side\":\"BUY\",\"quantity\":" + (0.001 + 4 * 0.00001) + "}");
    assertThat(Double.toString(0.001 + 4 * 0.00001)).isEqualTo("0.0010400000000000001");
    assertThat(rounded.problem()).isNull();
    assertThat(rounded.quantity()).isEqualTo(new BigDecimal("0.00104000"));
    assertThat(rounded.fingerprint())
        .isEqualTo(
            read("{\"symbol\":\"BTCUSDT\",\"side\":\"BUY\",\"quantity\":0.00104}").fingerprint());
  }

  @Test
  void quantitiesAreReadAsTheDecimalsWritten() {
    OrderRequest request = read("{\"symbol\":\"SOLUSDT\",\"side\":\"SELL\",\"quantity\":0.01000001}");
    assertThat(request.quantity()).isEqualTo(new BigDecimal("0.01000001"));
    assertThat(request.problem()).isNull();
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
