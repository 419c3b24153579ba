package com.mastertrade.services.executor;

import static com.google.common.truth.Truth.assertThat;

import com.mastertrade.metrics.schema.MasterTradeLabels.Side;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PaperBookTest {
  private final PaperBook book = new PaperBook(d("10000"));

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  @Test
  void addingToAPositionAveragesTheEntryPrice() {
    book.fill("BTC", Side.BUY, d("1"), d("100"));
    book.fill("BTC", Side.BUY, d("3"), d("200"));

    assertThat(book.position("BTC").quantity()).isEquivalentAccordingToCompareTo(d("4"));
    assertThat(book.position("BTC").averagePrice()).isEquivalentAccordingToCompareTo(d("175"));
    assertThat(book.cash()).isEquivalentAccordingToCompareTo(d("9300"));
  }

  @Test
  void reducingRealizesAgainstTheAveragePrice() {
    book.fill("BTC", Side.BUY, d("2"), d("100"));

    BigDecimal realized = book.fill("BTC", Side.SELL, d("1"), d("130"));

    assertThat(realized).isEquivalentAccordingToCompareTo(d("30"));
    assertThat(book.position("BTC").quantity()).isEquivalentAccordingToCompareTo(d("1"));
    assertThat(book.position("BTC").averagePrice()).isEquivalentAccordingToCompareTo(d("100"));
    assertThat(book.realizedPnl()).isEquivalentAccordingToCompareTo(d("30"));
  }

  @Test
  void flippingClosesThenOpensAtTheFillPrice() {
    book.fill("BTC", Side.SELL, d("1"), d("100"));

    BigDecimal realized = book.fill("BTC", Side.BUY, d("3"), d("90"));

    // The short of 1 made 10; the remaining 2 are a new long at 90.
    assertThat(realized).isEquivalentAccordingToCompareTo(d("10"));
    assertThat(book.position("BTC").quantity()).isEquivalentAccordingToCompareTo(d("2"));
    assertThat(book.position("BTC").averagePrice()).isEquivalentAccordingToCompareTo(d("90"));
  }

  @Test
  void quantitiesAndCashAreExactSumsOfTheFills() {
    // In binary floating point 0.1 + 0.2 is not 0.3; a position must be the sum of its fills.
    book.fill("SOL", Side.BUY, d("0.1"), d("150.12345678"));
    book.fill("SOL", Side.BUY, d("0.2"), d("150.12345679"));
    book.fill("SOL", Side.SELL, d("0.30000001"), d("149.5"));

    assertThat(book.position("SOL").quantity()).isEquivalentAccordingToCompareTo(d("-0.00000001"));
    assertThat(book.cash())
        .isEquivalentAccordingToCompareTo(
            d("10000")
                .subtract(d("0.1").multiply(d("150.12345678")))
                .subtract(d("0.2").multiply(d("150.12345679")))
                .add(d("0.30000001").multiply(d("149.5"))));
  }

  @Test
  void portfolioValueMarksPositionsToMarket() {
    book.fill("BTC", Side.BUY, d("2"), d("100"));
    book.fill("ETH", Side.SELL, d("1"), d("50"));

    assertThat(book.portfolioValue(Map.of("BTC", 110.0, "ETH", 40.0)))
        .isEqualTo(10_000 - 200 + 50 + 220 - 40.0);
  }

  @Test
  void theValueAfterAFillIsExact() {
    book.fill("SOL", Side.BUY, d("0.1"), d("150.12345678"));
    book.fill("BTC", Side.BUY, d("0.2"), d("60000.5"));
    book.fill("SOL", Side.BUY, d("0.2"), d("150.12345679"));

    // SOL marked at the fill's price, BTC at its entry, at the 12 decimals of money.
    assertThat(book.valueAt("SOL", d("150.12345679"))).isEqualTo(d("10000.000000001000"));
  }

  @Test
  void aCopyTakesAFillWithoutChangingTheBook() {
    book.fill("BTC", Side.BUY, d("2"), d("100"));

    PaperBook next = book.copy();
    next.fill("BTC", Side.SELL, d("1"), d("130"));

    assertThat(book.position("BTC").quantity()).isEquivalentAccordingToCompareTo(d("2"));
    assertThat(book.realizedPnl()).isEquivalentAccordingToCompareTo(BigDecimal.ZERO);
    assertThat(next.position("BTC").quantity()).isEquivalentAccordingToCompareTo(d("1"));
    assertThat(next.realizedPnl()).isEquivalentAccordingToCompareTo(d("30"));
  }

  @Test
  void aBookRebuiltFromItsStoredStateGoesOnAsTheOriginal() {
    book.fill("BTC", Side.BUY, d("2"), d("100"));
    book.fill("BTC", Side.SELL, d("1"), d("130"));

    PaperBook rebuilt = new PaperBook(book.cash(), book.realizedPnl(), book.positions());

    assertThat(rebuilt.fill("BTC", Side.SELL, d("1"), d("90")))
        .isEqualTo(book.fill("BTC", Side.SELL, d("1"), d("90")));
    assertThat(rebuilt.cash()).isEqualTo(book.cash());
    assertThat(rebuilt.positions()).isEqualTo(book.positions());
  }
}
