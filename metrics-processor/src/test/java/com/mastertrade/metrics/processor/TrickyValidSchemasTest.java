package com.mastertrade.metrics.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Valid schemas whose names and texts the generated Java could get wrong: identifiers that meet
 * after case or snake-case conversion, keywords, overloads, Javadoc-breaking text, a long window, a
 * schema nested in a class. Their recorders compile, also under {@code -Xlint:all -Werror}.
 */
class TrickyValidSchemasTest {
  private static final String TRICKY = "schemas/valid/TrickyNamesMetrics.java";
  private static final String NESTED = "schemas/valid/NestedSchemaHolder.java";

  private static Compilation strict(String schema) {
    return Compiler.javac()
        .withProcessors(new MetricsSchemaProcessor())
        .withOptions("-Xlint:all", "-Werror")
        .compile(Schemas.resource(schema));
  }

  @ParameterizedTest
  @ValueSource(strings = {"schemas/valid/ShopMetrics.java", TRICKY, NESTED})
  void compilesUnderXlintAllWerror(String schema) {
    assertThat(strict(schema)).succeededWithoutWarnings();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "PrometheusTrickyNamesMetrics",
        "PrometheusTrickyNamesMetricsDefault",
        "PrometheusTrickyNamesMetricsClass"
      })
  void allocatesEveryGeneratedName(String className) {
    assertThat(strict(TRICKY))
        .generatedSourceFile("com.example.tricky." + className)
        .hasSourceEquivalentTo(Schemas.resource("golden/tricky/" + className + ".java"));
  }

  @Test
  void implementsTheCategoriesOfASchemaNestedInAClass() {
    assertThat(strict(NESTED))
        .generatedSourceFile("com.example.nested.PrometheusNestedSchemaHolder_MetricsOrders")
        .hasSourceEquivalentTo(
            Schemas.resource("golden/nested/PrometheusNestedSchemaHolder_MetricsOrders.java"));
  }
}
