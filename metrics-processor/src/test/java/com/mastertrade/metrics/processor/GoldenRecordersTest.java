package com.mastertrade.metrics.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The recorders generated for a small schema that uses every metric type and label kind. */
class GoldenRecordersTest {
  private static final Compilation COMPILATION =
      Schemas.compile(Schemas.resource("schemas/valid/ShopMetrics.java"));

  @Test
  void compilesWithoutWarnings() {
    assertThat(COMPILATION).succeededWithoutWarnings();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "PrometheusShopMetrics",
        "PrometheusShopMetricsOrders",
        "PrometheusShopMetricsBuild"
      })
  void generatesGoldenSource(String className) {
    assertThat(COMPILATION)
        .generatedSourceFile("com.example.shop." + className)
        .hasSourceEquivalentTo(Schemas.resource("golden/" + className + ".java"));
  }
}
