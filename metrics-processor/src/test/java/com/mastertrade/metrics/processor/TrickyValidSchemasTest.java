package com.mastertrade.metrics.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javax.tools.StandardLocation;
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
  private static final String TEXT = "schemas/valid/TrickyTextMetrics.java";

  private static Compilation strict(String schema) {
    return Compiler.javac()
        .withProcessors(new MetricsSchemaProcessor())
        .withOptions("-Xlint:all", "-Werror")
        .compile(Schemas.resource(schema));
  }

  @ParameterizedTest
  @ValueSource(strings = {"schemas/valid/ShopMetrics.java", TRICKY, NESTED, TEXT})
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

  /**
   * Markdown, Grafana and Go template syntax in valid text: the docs escape it, the variable's
   * query escapes the comma in a value, the rule test renders trim markers and comments as
   * Prometheus does (promtool passes these files in the fuzz test's checks too).
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "generated-docs/orders.md",
        "generated-docs/README.md",
        "generated-docs/queries.md",
        "dashboards/text_orders-1.json",
        "alerts/text.orders-1.rules.yml",
        "alerts/text.orders-1.test.yml",
        "generated-docs/runbooks/NoOrders.md"
      })
  void writesTextAsWritten(String path) throws IOException {
    assertThat(strict(TEXT))
        .generatedFile(StandardLocation.CLASS_OUTPUT, "metrics/text/" + path)
        .contentsAsUtf8String()
        .isEqualTo(golden("golden/text/" + path));
  }

  private static String golden(String path) throws IOException {
    try (InputStream in = TrickyValidSchemasTest.class.getClassLoader().getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
