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
}
