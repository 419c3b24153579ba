package com.mastertrade.services.risk;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

class DrawdownTrackerTest {
  @Test
  void drawdownIsTheFallFromThePeak() {
    DrawdownTracker tracker = new DrawdownTracker();
    assertThat(tracker.update(100)).isEqualTo(0.0);
    assertThat(tracker.update(120)).isEqualTo(0.0);
    assertThat(tracker.update(90)).isEqualTo(0.25);
    assertThat(tracker.update(110)).isWithin(1e-12).of(10 / 120.0);
  }
}
