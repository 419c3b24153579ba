package com.mastertrade.metrics.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A schema with a history (a declared rename of a metric and of a label, a deprecated metric and
 * enum constant, an accepted break): its snapshot and docs carry it, byte for byte, and the panel
 * and query that read deprecated elements are warnings on their expressions.
 */
class EvolutionArtifactsTest {
  private static final JavaFileObject SOURCE =
      Schemas.resource("schemas/valid/EvolvingMetrics.java");
  private static final Compilation COMPILATION = Schemas.compile(SOURCE);

  @ParameterizedTest
  @ValueSource(strings = {"schema-snapshot.json", "orders.md"})
  void writesGoldenArtifact(String file) throws IOException {
    assertThat(COMPILATION)
        .generatedFile(StandardLocation.CLASS_OUTPUT, "metrics/evolving/generated-docs/" + file)
        .contentsAsUtf8String()
        .isEqualTo(golden(file));
  }

  @Test
  void readersOfDeprecatedElementsAreWarnedAtTheirExpressions() {
    assertThat(COMPILATION).succeeded();
    assertThat(COMPILATION).hadWarningCount(2);
    assertThat(COMPILATION)
        .hadWarningContaining("[DeprecatedUse] panel 'Open orders' uses {Orders.open}")
        .inFile(SOURCE)
        .onLineContaining("expr = \"sum({Orders.open})\"");
    assertThat(COMPILATION)
        .hadWarningContaining(
            "[DeprecatedUse] query 'Short orders' uses label value short of {Orders.placed}")
        .inFile(SOURCE)
        .onLineContaining("side=\\\"short\\\"");
  }

  private static String golden(String file) throws IOException {
    try (InputStream in =
        EvolutionArtifactsTest.class.getResourceAsStream("/golden/evolving/" + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
