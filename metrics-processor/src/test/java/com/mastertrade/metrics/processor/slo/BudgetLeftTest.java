package com.mastertrade.metrics.processor.slo;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The budget left a rule test expects, as Go's {@code %.1f} prints a hundred times the ratio
 * (promtool proves the rendered annotations in the generated rule tests): rounded to one decimal,
 * {@code -0.0} for a small overspend, and no expectation at all for a value halfway between two
 * texts, which Prometheus' floating point could round either way.
 */
class BudgetLeftTest {
  @Test
  void oneDecimalOfAPercent() {
    assertThat(BudgetLeft.text(new BigDecimal("0.689119171"))).isEqualTo("68.9%");
    assertThat(BudgetLeft.text(BigDecimal.ONE)).isEqualTo("100.0%");
    assertThat(BudgetLeft.text(new BigDecimal("-1.3817"))).isEqualTo("-138.2%");
  }

  @Test
  void aSmallOverspendKeepsItsSign() {
    assertThat(BudgetLeft.text(new BigDecimal("-0.0004"))).isEqualTo("-0.0%");
  }

  @Test
  void aValueOnARoundingBoundaryIsRefused() {
    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> BudgetLeft.text(new BigDecimal("0.1235")));
    assertThat(refused).hasMessageThat().contains("12.35%");
  }
}
