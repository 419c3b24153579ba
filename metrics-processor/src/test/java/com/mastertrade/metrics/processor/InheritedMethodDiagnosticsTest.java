package com.mastertrade.metrics.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import com.mastertrade.metrics.processor.validation.Message;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** A category must redeclare, as metrics, the abstract methods it inherits. */
class InheritedMethodDiagnosticsTest {
  @Test
  void inheritedMethodWithoutMetricDeclarationIsReportedOnTheCategory() {
    JavaFileObject schema =
        JavaFileObjects.forSourceLines(
            "test.Inherits",
            "package test;",
            "import com.mastertrade.metrics.annotations.*;",
            "import com.mastertrade.metrics.runtime.*;",
            "@MetricsSchema(namespace = \"t\")",
            "public interface Inherits {",
            "  interface Contract {",
            "    CounterRecorder requests();",
            "    CounterRecorder errors();",
            "  }",
            "  @Category(title = \"T\", description = \"D\")",
            "  interface Http extends Contract {",
            "    @Override @Metric(help = \"Requests\") CounterRecorder requests();",
            "  }",
            "}");

    Compilation compilation = Schemas.compile(schema);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            Message.UNDECLARED_INHERITED_METHOD.format("Http", "Contract.errors()", "Http"))
        .inFile(schema)
        .onLineContaining("interface Http extends Contract");
  }
}
