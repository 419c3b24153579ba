package com.mastertrade.services.risk;

import static com.google.common.truth.Truth.assertThat;

import com.mastertrade.services.common.Events;
import com.mastertrade.metrics.schema.MasterTradeLabels.Side;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RiskBookTest {
  private static Events.Fill fill(long orderId, double position, double value, double pnl) {
    return new Events.Fill("a", orderId, "BTC", Side.BUY, 1, 100, pnl, position, value, pnl, 0);
  }

  @Test
  void aFillArrivingAfterALaterOneDoesNotTurnTheStateBack() {
    RiskBook book = new RiskBook();
    book.apply("a", fill(2, 5, 101_000, 10));
    // Order 1's fill, retried after a broker outage, arrives last.
    book.apply("a", fill(1, 4, 100_500, 5));

    assertThat(book.grossPositions()).isEqualTo(Map.of("BTC", 5.0));
    assertThat(book.totalValue()).isEqualTo(101_000.0);
    assertThat(book.totalPnl()).isEqualTo(10.0);
    assertThat(book.fills()).isEqualTo(2);
  }
}
