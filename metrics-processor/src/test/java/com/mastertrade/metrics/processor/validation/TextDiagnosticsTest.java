package com.mastertrade.metrics.processor.validation;

import static com.mastertrade.metrics.processor.validation.BrokenSchemas.SIDE;
import static com.mastertrade.metrics.processor.validation.BrokenSchemas.assertOnlyError;
import static com.mastertrade.metrics.processor.validation.BrokenSchemas.file;

import org.junit.jupiter.api.Test;

/** Text that lands on one line of the docs or of Grafana has no line break. */
class TextDiagnosticsTest {
  @Test
  void categoryTitleWithALineBreak() {
    assertOnlyError(
        file(
            """
            @MetricsSchema(namespace = "shop")
            public interface Shop {
              @Category(
                  title = "Orders\\n# Injected",
                  description = "Orders placed by customers.")
              interface Orders {
                @Metric(help = "Orders placed")
                CounterRecorder placed();
              }
            }
            """),
        Message.LINE_BREAK.format(
            "the title",
            "category Orders",
            "the heading of its page and a table cell of the docs; it cannot be empty either"),
        "title = \"Orders\\n# Injected\"");
  }

  @Test
  void labelValueWithALineBreak() {
    assertOnlyError(
        file(
            """
            @MetricsSchema(namespace = "shop")
            public interface Shop {
              enum Side {
                @LabelValue("buy\\nsell")
                BUY,
                SELL
              }

              @Category(title = "Orders", description = "Orders placed by customers.")
              interface Orders {
                @Metric(help = "Orders placed")
                CounterRecorder placed(Side side);
              }
            }
            """),
        Message.INVALID_LABEL_VALUE.format(
            SIDE,
            "side",
            "buy\\nsell",
            "with a line break or control character, which the docs' tables and Grafana's"
                + " variables cannot hold,"),
        "@LabelValue(\"buy\\nsell\")");
  }
}
