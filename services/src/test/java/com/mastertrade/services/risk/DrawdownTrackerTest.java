package com.mastertrade.services.risk;

import static com.google.common.truth.Truth.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DrawdownTrackerTest {
  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  @Test
  void drawdownIsTheFallFromThePeak() {
    DrawdownTracker tracker = new DrawdownTracker();
    assertThat(tracker.update(d("100"))).isEquivalentAccordingToCompareTo(BigDecimal.ZERO);
    assertThat(tracker.update(d("120"))).isEquivalentAccordingToCompareTo(BigDecimal.ZERO);
    assertThat(tracker.update(d("90"))).isEqualTo(d("0.250000000000"));
    // 10 / 120 at the ratio's 12 decimals.
    assertThat(tracker.update(d("110"))).isEqualTo(d("0.083333333333"));
  }
}
