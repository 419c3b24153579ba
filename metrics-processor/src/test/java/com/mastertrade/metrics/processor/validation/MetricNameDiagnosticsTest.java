package com.mastertrade.metrics.processor.validation;

import static com.mastertrade.metrics.processor.validation.BrokenSchemas.assertOnlyError;
import static com.mastertrade.metrics.processor.validation.BrokenSchemas.category;
import static com.mastertrade.metrics.processor.validation.BrokenSchemas.file;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Metric name syntax, the suffixes of each type, and unique names across the schema. */
class MetricNameDiagnosticsTest {
  private static final String DISTRIBUTIONS = "histograms and summaries";

  @Test
  void invalidName() {
    assertOnlyError(
        category(
            """
            @Metric(
                help = "Orders placed",
                name = "orders-placed")
            CounterRecorder placed();
            """),
        Message.INVALID_METRIC_NAME.format("orders-placed", "orders_placed"),
        "name = \"orders-placed\"");
  }

  @Test
  void counterNamedTotal() {
    assertOnlyError(
        category(
            """
            @Metric(
                help = "Orders placed",
                name = "orders_placed_total")
            CounterRecorder placed();
            """),
        Message.COUNTER_TOTAL_SUFFIX.format("orders_placed_total", "orders_placed"),
        "name = \"orders_placed_total\"");
  }

  @Test
  void counterMethodNamedTotal() {
    assertOnlyError(
        category(
            """
            @Metric(help = "Orders placed")
            CounterRecorder placedTotal();
            """),
        Message.COUNTER_TOTAL_SUFFIX.format("placed_total", "placed"),
        "@Metric(help = \"Orders placed\")");
  }

  static Stream<Arguments> reservedSuffixes() {
    return Stream.of(
        arguments("GaugeRecorder", "queue_count", "_count", "the count series of " + DISTRIBUTIONS),
        arguments("GaugeRecorder", "queue_sum", "_sum", "the sum series of " + DISTRIBUTIONS),
        arguments("GaugeRecorder", "queue_bucket", "_bucket", "the bucket series of histograms"),
        arguments(
            "CounterRecorder",
            "queue_created",
            "_created",
            "the creation time series of counters, " + DISTRIBUTIONS),
        arguments("GaugeRecorder", "queue_total", "_total", "counters"),
        arguments("GaugeRecorder", "queue_info", "_info", "info metrics"));
  }

  @ParameterizedTest
  @MethodSource("reservedSuffixes")
  void reservedSuffix(String recorder, String name, String suffix, String owner) {
    assertOnlyError(
        category(
            """
            @Metric(
                help = "Orders waiting",
                name = "%s")
            %s queue();
            """
                .formatted(name, recorder)),
        Message.RESERVED_SUFFIX.format(
            recorder.equals("GaugeRecorder") ? "gauge" : "counter", name, suffix, owner, "queue"),
        "name = \"" + name + "\"");
  }

  @Test
  void infoWithoutInfoSuffix() {
    assertOnlyError(
        category(
            """
            @Metric(
                help = "Version of the running build",
                name = "build_version")
            InfoRecorder build(@MaxValues(4) String version);
            """),
        Message.INFO_SUFFIX_MISSING.format("build_version", "build_version_info"),
        "name = \"build_version\"");
  }

  @Test
  void sameNameInTwoCategories() {
    assertOnlyError(
        file(
            """
            @MetricsSchema(namespace = "shop")
            public interface Shop {
              @Category(title = "Orders", description = "Orders placed.", prefix = "orders")
              interface Orders {
                @Metric(help = "Orders placed")
                CounterRecorder placed();
              }

              @Category(title = "Web", description = "The web shop.")
              interface Web {
                @Metric(
                    help = "Orders placed through the web shop",
                    name = "orders_placed")
                CounterRecorder webOrders();
              }
            }
            """),
        Message.DUPLICATE_METRIC_NAME.format("orders_placed", "Orders.placed()"),
        "name = \"orders_placed\"");
  }

  @Test
  void nameOfTheLabelOverflowCounter() {
    assertOnlyError(
        category(
            """
            @Metric(
                help = "Labels beyond their bound",
                name = "label_overflow")
            CounterRecorder overflow();
            """),
        Message.DUPLICATE_METRIC_NAME.format(
            "label_overflow", "the schema's label overflow counter"),
        "name = \"label_overflow\"");
  }
}
