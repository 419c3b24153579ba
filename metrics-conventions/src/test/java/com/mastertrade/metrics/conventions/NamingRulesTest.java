package com.mastertrade.metrics.conventions;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NamingRulesTest {
  @ParameterizedTest
  @ValueSource(strings = {"up", "http_requests_total", "job:rate5m", "_x", ":a", "A9"})
  void classicMetricNames(String name) {
    assertThat(NamingRules.isMetricName(name)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "9lives", "a-b", "a.b", "a b", "é", "a{"})
  void notMetricNames(String name) {
    assertThat(NamingRules.isMetricName(name)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"method", "_x", "a9", "A_B"})
  void labelNames(String name) {
    assertThat(NamingRules.isLabelName(name)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a:b", "9a", "__name__", "__x", "a-b"})
  void notLabelNames(String name) {
    assertThat(NamingRules.isLabelName(name)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"__name__", "__x"})
  void reservedPrefixIsValidSyntaxButNoLabelOfASchema(String name) {
    assertThat(NamingRules.isLabelNameSyntax(name)).isTrue();
    assertThat(NamingRules.isLabelName(name)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "seconds", "bytes", "ratio", "m2", "per_second"})
  void wellFormedUnits(String unit) {
    assertThat(NamingRules.isWellFormedUnit(unit)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Seconds", "_s", "2x", "s-1", "s "})
  void malformedUnits(String unit) {
    assertThat(NamingRules.isWellFormedUnit(unit)).isFalse();
  }
}
