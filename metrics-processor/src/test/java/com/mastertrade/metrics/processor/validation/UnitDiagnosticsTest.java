package com.mastertrade.metrics.processor.validation;

import static com.mastertrade.metrics.processor.validation.BrokenSchemas.assertOnlyError;
import static com.mastertrade.metrics.processor.validation.BrokenSchemas.category;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Units: valid, base units, allowed for the type, and the suffix of the metric name. */
class UnitDiagnosticsTest {
  @Test
  void invalidUnit() {
    assertOnlyError(
        category(
            """
            @Metric(
                help = "When the last order was filled",
                unit = "Seconds")
            GaugeRecorder lastFill();
            """),
        Message.INVALID_UNIT.format("Seconds"),
        "unit = \"Seconds\"");
  }

  @ParameterizedTest
  @CsvSource({"milliseconds, seconds", "minutes, seconds", "kilobytes, bytes", "percent, ratio"})
  void scaledUnit(String unit, String base) {
    assertOnlyError(
        category(
            """
            @Metric(
                help = "Size of the last order",
                unit = "%s")
            GaugeRecorder lastOrder();
            """
                .formatted(unit)),
        Message.NOT_BASE_UNIT.format(unit, base, base),
        "unit = \"" + unit + "\"");
  }

  @Test
  void unitOnInfo() {
    assertOnlyError(
        category(
            """
            @Metric(
                help = "Version of the running build",
                unit = "seconds")
            InfoRecorder build(@MaxValues(4) String version);
            """),
        Message.UNIT_NOT_ALLOWED.format("info", "Orders.build()", "seconds"),
        "unit = \"seconds\"");
  }

  @Test
  void nameWithoutItsUnit() {
    assertOnlyError(
        category(
            """
            @Metric(
                help = "When the last order was filled",
                name = "last_fill_time",
                unit = "seconds")
            GaugeRecorder lastFill();
            """),
        Message.UNIT_SUFFIX_MISSING.format("last_fill_time", "seconds", "last_fill_time_seconds"),
        "name = \"last_fill_time\"");
  }

  @Test
  void unitInNameButNotDeclared() {
    assertOnlyError(
        category(
            """
            @Metric(
                help = "When the last order was filled",
                name = "last_fill_time_seconds")
            GaugeRecorder lastFill();
            """),
        Message.UNIT_UNDECLARED.format("last_fill_time_seconds", "seconds", "seconds"),
        "name = \"last_fill_time_seconds\"");
  }

  @Test
  void singularUnit() {
    assertOnlyError(
        category(
            """
            @Metric(help = "Time to fill an order", unit = "second")
            GaugeRecorder fillTime();
            """),
        Message.SINGULAR_UNIT.format("second", "seconds", "seconds"),
        "unit = \"second\"");
  }
}
