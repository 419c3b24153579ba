package com.mastertrade.metrics.processor.validation;

import static com.mastertrade.metrics.processor.validation.BrokenSchemas.assertOnlyError;
import static com.mastertrade.metrics.processor.validation.BrokenSchemas.category;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every abstract method of a category is a metric: annotated, of a metric type, with help. */
class MetricDeclarationDiagnosticsTest {
  @Test
  void missingMetricAnnotation() {
    assertOnlyError(
        category(
            """
            @Metric(help = "Orders placed")
            CounterRecorder placed();

            CounterRecorder cancelled();
            """),
        Message.MISSING_METRIC_ANNOTATION.format("Orders.cancelled()"),
        "CounterRecorder cancelled();");
  }

  /** Only the missing annotation is reported, not what it would make wrong. */
  @Test
  void missingMetricAnnotationAlone() {
    assertOnlyError(
        category(
            """
            @Quantiles({0.5, 0.99})
            @Buckets({0.1, 1})
            CounterRecorder value();
            """),
        Message.MISSING_METRIC_ANNOTATION.format("Orders.value()"),
        "CounterRecorder value();");
  }

  @Test
  void metricOnDefaultMethod() {
    assertOnlyError(
        category(
            """
            @Metric(help = "Orders placed")
            default CounterRecorder placed() {
              return null;
            }
            """),
        Message.METRIC_ON_CONCRETE_METHOD.format("Orders.placed()"),
        "@Metric(help = \"Orders placed\")");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "long                      | long",
        "Long                      | java.lang.Long",
        "List<String>              | java.util.List<java.lang.String>",
        "void                      | void"
      })
  void unsupportedReturnType(String returnType, String described) {
    assertOnlyError(
        category(
            """
            @Metric(help = "Orders placed")
            %s placed();
            """
                .formatted(returnType)),
        Message.UNSUPPORTED_RETURN_TYPE.format("Orders.placed()", described),
        returnType + " placed();");
  }

  @Test
  void blankHelp() {
    assertOnlyError(
        category(
            """
            @Metric(
                help = " ")
            CounterRecorder placed();
            """),
        Message.EMPTY_HELP.format("Orders.placed()"),
        "help = \" \"");
  }
}
