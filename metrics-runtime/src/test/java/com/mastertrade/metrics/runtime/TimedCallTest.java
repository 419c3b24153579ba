package com.mastertrade.metrics.runtime;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A timed call is observed once, whether it returns or throws, and its outcome is untouched. */
class TimedCallTest {
  private final List<Double> observed = new ArrayList<>();
  private final DistributionRecorder duration = observed::add;
  private final List<Double> failures = new ArrayList<>();
  private final CounterRecorder failureCounter =
      new CounterRecorder() {
        @Override
        public void inc() {
          inc(1);
        }

        @Override
        public void inc(double amount) {
          failures.add(amount);
        }
      };

  @Test
  void returnsTheResultAndObservesTheDurationInSeconds() {
    long before = System.nanoTime();
    String result = duration.time(() -> "done");
    double elapsedSeconds = (System.nanoTime() - before) / 1e9;

    assertThat(result).isEqualTo("done");
    assertThat(observed).hasSize(1);
    assertThat(observed.get(0)).isAtLeast(0.0);
    assertThat(observed.get(0)).isAtMost(elapsedSeconds);
  }

  @Test
  void rethrowsTheCheckedExceptionUnchangedAndStillObserves() {
    IOException failure = new IOException("connection reset");
    IOException thrown =
        assertThrows(
            IOException.class,
            () ->
                duration.time(
                    () -> {
                      throw failure;
                    }));

    assertThat(thrown).isSameInstanceAs(failure);
    assertThat(observed).hasSize(1);
  }

  @Test
  void countsAFailureOnlyWhenTheCallThrows() {
    assertThat(TimedCall.timeCountingFailures(duration, failureCounter, () -> 7)).isEqualTo(7);
    assertThat(failures).isEmpty();

    IllegalStateException failure = new IllegalStateException("pool exhausted");
    assertThat(
            assertThrows(
                IllegalStateException.class,
                () ->
                    TimedCall.timeCountingFailures(
                        duration,
                        failureCounter,
                        () -> {
                          throw failure;
                        })))
        .isSameInstanceAs(failure);
    assertThat(failures).containsExactly(1.0);
    assertThat(observed).hasSize(2);
  }
}
