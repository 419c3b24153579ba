package com.mastertrade.metrics.processor.validation;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.mastertrade.metrics.processor.validation.BrokenSchemas.SIDE;
import static com.mastertrade.metrics.processor.validation.BrokenSchemas.assertOnlyError;
import static com.mastertrade.metrics.processor.validation.BrokenSchemas.category;
import static com.mastertrade.metrics.processor.validation.BrokenSchemas.compile;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Label names, label types, the bounds of open labels and the values of enum labels. */
class LabelDiagnosticsTest {
  private static final String VENUE = "com.example.shop.Shop.Orders.Venue";

  @ParameterizedTest
  @CsvSource({"order-side, order_side", "__side, side", "1st_side, m_1st_side"})
  void invalidLabelName(String name, String suggested) {
    assertOnlyError(
        category(
            """
            @Metric(help = "Orders placed")
            CounterRecorder placed(
                @Label("%s")
                Side side);
            """
                .formatted(name)),
        Message.INVALID_LABEL_NAME.format(name, suggested),
        "@Label(\"" + name + "\")");
  }

  @Test
  void invalidLabelNameFromParameter() {
    assertOnlyError(
        category(
            """
            @Metric(help = "Orders placed")
            CounterRecorder placed(
                Side __side);
            """),
        Message.INVALID_LABEL_NAME.format("__side", "side"),
        "Side __side");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "le       | histogram bucket bound",
        "quantile | summary quantile",
        "job      | set by Prometheus from the scrape config",
        "instance | set by Prometheus from the scrape target"
      })
  void reservedLabelName(String name, String meaning) {
    assertOnlyError(
        category(
            """
            @Metric(help = "Orders placed")
            CounterRecorder placed(
                @Label("%s")
                Side side);
            """
                .formatted(name)),
        Message.RESERVED_LABEL_NAME.format(name, meaning, name + "_value"),
        "@Label(\"" + name + "\")");
  }

  @Test
  void duplicateLabelName() {
    assertOnlyError(
        category(
            """
            @Metric(help = "Orders placed")
            CounterRecorder placed(
                Side side,
                @Label("side")
                boolean paper);
            """),
        Message.DUPLICATE_LABEL_NAME.format("side", "Orders.placed()"),
        "@Label(\"side\")");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "int          | int",
        "Integer      | java.lang.Integer",
        "List<String> | java.util.List<java.lang.String>"
      })
  void unsupportedLabelType(String type, String described) {
    assertOnlyError(
        category(
            """
            @Metric(help = "Orders placed")
            CounterRecorder placed(
                %s quantity);
            """
                .formatted(type)),
        Message.UNSUPPORTED_LABEL_TYPE.format("quantity", described),
        type + " quantity");
  }

  @Test
  void openLabelWithoutBound() {
    assertOnlyError(
        category(
            """
            @Metric(help = "Orders placed")
            CounterRecorder placed(
                String symbol);
            """),
        Message.UNBOUNDED_OPEN_LABEL.format("symbol"),
        "String symbol");
  }

  @Test
  void boundBelowOne() {
    assertOnlyError(
        category(
            """
            @Metric(help = "Orders placed")
            CounterRecorder placed(
                @MaxValues(0)
                String symbol);
            """),
        Message.INVALID_MAX_VALUES.format(0, "symbol"),
        "@MaxValues(0)");
  }

  @ParameterizedTest
  @CsvSource({"Side side, " + SIDE, "boolean paper, boolean"})
  void boundOnClosedLabel(String parameter, String type) {
    assertOnlyError(
        category(
            """
            @Metric(help = "Orders placed")
            CounterRecorder placed(
                @MaxValues(5)
                %s);
            """
                .formatted(parameter)),
        Message.MAX_VALUES_ON_CLOSED_LABEL.format(parameter.split(" ")[1], type),
        "@MaxValues(5)");
  }

  @Test
  void enumWithoutConstants() {
    assertOnlyError(
        category(
            """
            enum Venue {}

            @Metric(help = "Orders placed")
            CounterRecorder placed(
                Venue venue);
            """),
        Message.EMPTY_ENUM_LABEL.format(VENUE, "venue"),
        "Venue venue");
  }

  @Test
  void emptyLabelValue() {
    assertOnlyError(
        category(
            """
            enum Venue {
              @LabelValue("")
              WEB,
              APP
            }

            @Metric(help = "Orders placed")
            CounterRecorder placed(Venue venue);
            """),
        Message.INVALID_LABEL_VALUE.format(VENUE, "venue", "", "as empty"),
        "@LabelValue(\"\")");
  }

  /** Reported once, on the constant, however many labels use the enum. */
  @Test
  void labelValueTwice() {
    assertOnlyError(
        category(
            """
            enum Venue {
              WEB,
              @LabelValue("web")
              BROWSER
            }

            @Metric(help = "Orders placed")
            CounterRecorder placed(Venue venue);

            @Metric(help = "Orders cancelled")
            CounterRecorder cancelled(Venue venue);
            """),
        Message.INVALID_LABEL_VALUE.format(VENUE, "venue", "web", "twice"),
        "@LabelValue(\"web\")");
  }

  /** An enum declared outside the schema: on the label, in the schema, where the metric is. */
  @Test
  void labelValueTwiceInEnumOutsideTheSchema() {
    JavaFileObject schema =
        category(
            """
            @Metric(help = "Orders placed")
            CounterRecorder placed(
                Venue venue);
            """);
    JavaFileObject venue =
        JavaFileObjects.forSourceString(
            "com.example.shop.Venue",
            """
            package com.example.shop;

            import com.mastertrade.metrics.annotations.LabelValue;

            public enum Venue {
              WEB,
              @LabelValue("web")
              BROWSER
            }
            """);
    Compilation compilation = compile(schema, venue).compilation();

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            Message.INVALID_LABEL_VALUE.format("com.example.shop.Venue", "venue", "web", "twice"))
        .inFile(schema)
        .onLineContaining("Venue venue");
  }
}
