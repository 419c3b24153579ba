package com.mastertrade.services.executor;

import static com.google.common.truth.Truth.assertThat;

import com.mastertrade.services.common.Side;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PaperBookTest {
  private final PaperBook book = new PaperBook(10_000);

  @Test
  void addingToAPositionAveragesTheEntryPrice() {
    book.fill("BTC", Side.BUY, 1, 100);
    book.fill("BTC", Side.BUY, 3, 200);

    assertThat(book.position("BTC").quantity()).isEqualTo(4.0);
    assertThat(book.position("BTC").averagePrice()).isEqualTo(175.0);
    assertThat(book.cash()).isEqualTo(10_000 - 100 - 600.0);
  }

  @Test
  void reducingRealizesAgainstTheAveragePrice() {
    book.fill("BTC", Side.BUY, 2, 100);

    double realized = book.fill("BTC", Side.SELL, 1, 130);

    assertThat(realized).isEqualTo(30.0);
    assertThat(book.position("BTC").quantity()).isEqualTo(1.0);
    assertThat(book.position("BTC").averagePrice()).isEqualTo(100.0);
    assertThat(book.realizedPnl()).isEqualTo(30.0);
  }

  @Test
  void flippingClosesThenOpensAtTheFillPrice() {
    book.fill("BTC", Side.SELL, 1, 100);

    double realized = book.fill("BTC", Side.BUY, 3, 90);

    // The short of 1 made 10; the remaining 2 are a new long at 90.
    assertThat(realized).isEqualTo(10.0);
    assertThat(book.position("BTC").quantity()).isEqualTo(2.0);
    assertThat(book.position("BTC").averagePrice()).isEqualTo(90.0);
  }

  @Test
  void portfolioValueMarksPositionsToMarket() {
    book.fill("BTC", Side.BUY, 2, 100);
    book.fill("ETH", Side.SELL, 1, 50);

    assertThat(book.portfolioValue(Map.of("BTC", 110.0, "ETH", 40.0)))
        .isEqualTo(10_000 - 200 + 50 + 220 - 40.0);
  }

  @Test
  void aCopyTakesAFillWithoutChangingTheBook() {
    book.fill("BTC", Side.BUY, 2, 100);

    PaperBook next = book.copy();
    next.fill("BTC", Side.SELL, 1, 130);

    assertThat(book.position("BTC").quantity()).isEqualTo(2.0);
    assertThat(book.realizedPnl()).isEqualTo(0.0);
    assertThat(next.position("BTC").quantity()).isEqualTo(1.0);
    assertThat(next.realizedPnl()).isEqualTo(30.0);
  }

  @Test
  void aBookRebuiltFromItsStoredStateGoesOnAsTheOriginal() {
    book.fill("BTC", Side.BUY, 2, 100);
    book.fill("BTC", Side.SELL, 1, 130);

    PaperBook rebuilt = new PaperBook(book.cash(), book.realizedPnl(), Map.of());
    rebuilt.restorePosition("BTC", book.position("BTC"));

    assertThat(rebuilt.fill("BTC", Side.SELL, 1, 90)).isEqualTo(book.fill("BTC", Side.SELL, 1, 90));
    assertThat(rebuilt.cash()).isEqualTo(book.cash());
    assertThat(rebuilt.positions()).isEqualTo(book.positions());
  }
}
