package com.mastertrade.services.risk;

import static com.google.common.truth.Truth.assertThat;

import com.mastertrade.metrics.schema.MasterTradeLabels.Side;
import com.mastertrade.services.common.Events;
import com.mastertrade.services.common.Json;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RiskBookTest {
  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  private static Events.Fill fill(long orderId, String position, String value, String pnl) {
    return new Events.Fill(
        "a", orderId, "BTC", Side.BUY, d("1"), d("100"), d(pnl), d(position), d(value), d(pnl), 0);
  }

  /** A fill event as the executor publishes it, read as the risk manager's consumer reads it. */
  private static Events.Fill event(
      String account, long orderId, String symbol, String position, String value, String pnl) {
    String body =
        "{\"account\":\""
            + account
            + "\",\"orderId\":"
            + orderId
            + ",\"symbol\":\""
            + symbol
            + "\",\"side\":\"BUY\",\"quantity\":"
            + position
            + ",\"price\":150.12345678,\"realizedPnl\":0,\"positionQuantity\":"
            + position
            + ",\"portfolioValue\":"
            + value
            + ",\"totalPnl\":"
            + pnl
            + ",\"timeMillis\":0}";
    return Json.read(body.getBytes(StandardCharsets.UTF_8), Events.Fill.class);
  }

  @Test
  void aFillArrivingAfterALaterOneDoesNotTurnTheStateBack() {
    RiskBook book = new RiskBook();
    book.apply("a", fill(2, "5", "101000", "10"));
    // Order 1's fill, retried after a broker outage, arrives last.
    book.apply("a", fill(1, "4", "100500", "5"));

    assertThat(book.grossPositions()).containsExactly("BTC", d("5"));
    assertThat(book.totalValue()).isEquivalentAccordingToCompareTo(d("101000"));
    assertThat(book.totalPnl()).isEquivalentAccordingToCompareTo(d("10"));
    assertThat(book.fills()).isEqualTo(2);
  }

  @Test
  void positionsValuesAndPnlAreExactSumsOfTheFillEvents() {
    // In binary floating point 0.1 + 0.2 is not 0.3; the risk book adds the events' decimals.
    RiskBook book = new RiskBook();
    for (Events.Fill fill :
        new Events.Fill[] {
          event("a", 1, "SOLUSDT", "0.1", "100000.1", "0.1"),
          event("b", 2, "SOLUSDT", "-0.2", "100000.2", "0.2"),
          event("c", 3, "SOLUSDT", "0.00000001", "100000.4", "0.4")
        }) {
      book.apply(fill.account(), fill);
    }

    assertThat(book.grossPositions().get("SOLUSDT")).isEqualTo(d("0.30000001"));
    // Added as doubles, the same values make 0.30000001000000004, 300000.69999999995 and
    // 0.7000000000000001.
    assertThat(book.totalValue()).isEqualTo(d("300000.7"));
    assertThat(book.totalPnl()).isEqualTo(d("0.7"));
  }

  @Test
  void aFillEventKeepsTheDigitsItWasWrittenWith() {
    Events.Fill read = event("a", 1, "SOLUSDT", "0.30000001", "100045.03703703370370", "45");

    assertThat(read.price()).isEqualTo(d("150.12345678"));
    assertThat(read.positionQuantity()).isEqualTo(d("0.30000001"));
    // 20 significant digits: more than a double holds.
    assertThat(read.portfolioValue()).isEqualTo(d("100045.03703703370370"));
    assertThat(Json.read(Json.write(read), Events.Fill.class)).isEqualTo(read);
  }
}
