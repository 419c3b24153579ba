package com.mastertrade.metrics.runtime;

import static com.google.common.truth.Truth.assertThat;

import io.prometheus.metrics.core.metrics.Counter;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BoundedLabelValuesTest {
  private final Counter overflows = Counter.builder().name("overflows").labelNames("l").build();
  private final BoundedLabelValues values = new BoundedLabelValues(3, overflows.labelValues("x"));

  @Test
  void admitsUpToTheBoundThenMapsEverythingToOverflow() {
    assertThat(values.indexOf("a")).isEqualTo(0);
    assertThat(values.indexOf("b")).isEqualTo(1);
    assertThat(values.indexOf("a")).isEqualTo(0);
    assertThat(values.indexOf("c")).isEqualTo(2);
    assertThat(values.indexOf("d")).isEqualTo(3);
    assertThat(values.indexOf("e")).isEqualTo(3);
    assertThat(values.indexOf(null)).isEqualTo(3);

    assertThat(values.valueAt(3)).isEqualTo(BoundedLabelValues.OVERFLOW);
    assertThat(values.valueAt(2)).isEqualTo("c");
    assertThat(values.size()).isEqualTo(4);
    assertThat(values.admitted()).isEqualTo(3);
    assertThat(overflows.labelValues("x").get()).isEqualTo(3.0);
  }

  @Test
  void concurrentAdmissionsNeverExceedTheBoundNorShareAnIndex() throws Exception {
    BoundedLabelValues bounded = new BoundedLabelValues(50, overflows.labelValues("y"));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    CountDownLatch start = new CountDownLatch(1);
    Set<String> seen = ConcurrentHashMap.newKeySet();
    try {
      Set<Future<?>> tasks = new HashSet<>();
      for (int t = 0; t < 4; t++) {
        int thread = t;
        tasks.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < 200; i++) {
                    String value = "v" + ((i * 7 + thread) % 100);
                    int index = bounded.indexOf(value);
                    if (index < 50) {
                      // An admitted value always reads back at its index.
                      assertThat(bounded.valueAt(index)).isEqualTo(value);
                      seen.add(value);
                    }
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> task : tasks) {
        task.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(bounded.admitted()).isEqualTo(50);
    assertThat(seen).hasSize(50);
  }

  @Test
  void valuesThatExposeAlikeAreOneValue() {
    BoundedLabelValues bounded = new BoundedLabelValues(10, overflows.labelValues("z"));
    int high = bounded.indexOf("x\uD800y");
    assertThat(bounded.indexOf("x\uDC00y")).isEqualTo(high);
    assertThat(bounded.indexOf("x\uFFFDy")).isEqualTo(high);
    assertThat(bounded.valueAt(high)).isEqualTo("x\uFFFDy");
    // A literal question mark is exposed as one, so it is another value.
    assertThat(bounded.indexOf("x?y")).isNotEqualTo(high);

    String longValue = "b".repeat(100_000);
    int cut = bounded.indexOf(longValue);
    assertThat(bounded.indexOf("b".repeat(200_000))).isEqualTo(cut);
    assertThat(bounded.valueAt(cut)).hasLength(LabelValueNormalizer.MAX_LENGTH);
    assertThat(bounded.admitted()).isEqualTo(3);
  }

  @Test
  void anOverflowInputIsAnOrdinaryValueAndNeverTheOverflowSeries() {
    BoundedLabelValues bounded = new BoundedLabelValues(2, overflows.labelValues("o"));
    int index = bounded.indexOf(BoundedLabelValues.OVERFLOW);
    assertThat(index).isLessThan(2);
    assertThat(bounded.valueAt(index)).isEqualTo("_overflow__");
    assertThat(overflows.labelValues("o").get()).isEqualTo(0.0);

    bounded.indexOf("a");
    // The bound is reached: an unseen value overflows, the admitted __overflow__ input does not.
    assertThat(bounded.indexOf("b")).isEqualTo(2);
    assertThat(bounded.indexOf(BoundedLabelValues.OVERFLOW)).isEqualTo(index);
    assertThat(overflows.labelValues("o").get()).isEqualTo(1.0);
  }

  @Test
  void theLastHitNeverHidesAnOverflowOrAnotherValue() {
    BoundedLabelValues bounded = new BoundedLabelValues(1, overflows.labelValues("h"));
    String a = "a";
    assertThat(bounded.indexOf(a)).isEqualTo(0);
    assertThat(bounded.indexOf(a)).isEqualTo(0);
    // An equal value in another instance finds the same index.
    assertThat(bounded.indexOf(new String("a"))).isEqualTo(0);
    for (int i = 0; i < 5; i++) {
      assertThat(bounded.indexOf("b")).isEqualTo(1);
      assertThat(bounded.indexOf(a)).isEqualTo(0);
    }
    assertThat(overflows.labelValues("h").get()).isEqualTo(5.0);
  }
}
