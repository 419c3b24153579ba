package com.mastertrade.metrics.processor.model;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Docs and diagnostics print every number the same way, non-finite ones included. */
class NumbersTest {
  @ParameterizedTest
  @CsvSource({
    "1, 1",
    "-2, -2",
    "0, 0",
    "0.5, 0.5",
    "0.0025, 0.0025",
    "1800, 1800",
    "Infinity, Infinity",
    "-Infinity, -Infinity",
    "NaN, NaN",
    "1e20, 1.0E20"
  })
  void formatsAsTheUserWritesIt(double value, String printed) {
    assertThat(Numbers.format(value)).isEqualTo(printed);
  }
}
