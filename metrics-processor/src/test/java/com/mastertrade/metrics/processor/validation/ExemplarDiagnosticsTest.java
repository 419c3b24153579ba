package com.mastertrade.metrics.processor.validation;

import static com.google.common.truth.Truth.assertThat;
import static com.mastertrade.metrics.processor.validation.BrokenSchemas.assertOnlyError;
import static com.mastertrade.metrics.processor.validation.BrokenSchemas.category;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Exemplars are declared on only for the types whose exposition carries them. */
class ExemplarDiagnosticsTest {
  @ParameterizedTest
  @CsvSource({"GaugeRecorder, gauge", "SummaryRecorder, summary", "InfoRecorder, info"})
  void exemplarsOnATypeWithoutThem(String recorder, String type) {
    String extra = recorder.equals("SummaryRecorder") ? "@Quantiles({0.5})\n" : "";
    String name = recorder.equals("InfoRecorder") ? "build" : "open";
    assertOnlyError(
        category(
            """
            @Metric(
                help = "Open orders",
                exemplars = Exemplars.ON)
            %s%s %s();
            """
                .formatted(extra, recorder, name)),
        Message.EXEMPLARS_UNSUPPORTED.format("Orders." + name + "()", type),
        "exemplars = Exemplars.ON");
  }

  @ParameterizedTest
  @CsvSource({"ON", "OFF", "DEFAULT"})
  void exemplarsOnACounterOrHistogramAreValid(String mode) {
    assertThat(
            BrokenSchemas.compile(
                    category(
                        """
                        @Metric(help = "Orders placed", exemplars = Exemplars.%s)
                        CounterRecorder placed();

                        @Metric(help = "Time to fill", unit = "seconds", exemplars = Exemplars.%s)
                        @Buckets({0.1, 1})
                        HistogramRecorder fillDuration();
                        """
                            .formatted(mode, mode)))
                .compilation()
                .errors())
        .isEmpty();
  }
}
