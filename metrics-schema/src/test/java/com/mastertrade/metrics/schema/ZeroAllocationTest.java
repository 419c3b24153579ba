package com.mastertrade.metrics.schema;

import static com.google.common.truth.Truth.assertWithMessage;

import com.mastertrade.metrics.runtime.http.HttpMethod;
import com.mastertrade.metrics.runtime.http.HttpStatusClass;
import com.mastertrade.metrics.schema.MasterTradeLabels.OrderType;
import com.mastertrade.metrics.schema.MasterTradeLabels.RiskLimit;
import com.mastertrade.metrics.schema.MasterTradeLabels.Side;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * Recording through generated recorders allocates nothing once a series exists and the JIT has
 * compiled the path. Counted with the JVM's per-thread allocation counter, which is exact: the test
 * runs rounds of calls until three rounds in a row allocate nothing (client_java's histogram
 * allocates about 40 bytes per observation until C2 compiles it), and fails if that never happens,
 * as it would if the generated code allocated (a varargs array, a boxed index). Speed is measured
 * in the benchmarks module, not here.
 */
class ZeroAllocationTest {
  private static final int CALLS_PER_ROUND = 20_000;
  private static final int MAX_ROUNDS = 250;
  private static final int CLEAN_ROUNDS_NEEDED = 3;

  private final com.sun.management.ThreadMXBean threads =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  private final PrometheusMasterTradeMetrics metrics =
      PrometheusMasterTradeMetrics.register(new PrometheusRegistry());

  @Test
  void closedLabelCounterAllocatesNothing() {
    assertAllocatesNothing(
        "risk().limitBreaches(EXPOSURE).inc()",
        () -> metrics.risk().limitBreaches(RiskLimit.EXPOSURE).inc());
  }

  @Test
  void closedLabelHistogramAllocatesNothing() {
    assertAllocatesNothing(
        "trading().orderFillDuration(MARKET).observe(0.02)",
        () -> metrics.trading().orderFillDuration(OrderType.MARKET).observe(0.02));
  }

  @Test
  void admittedOpenLabelValueAllocatesNothing() {
    String symbol = "BTCUSDT";
    assertAllocatesNothing(
        "trading().ordersPlaced(\"BTCUSDT\", BUY, MARKET).inc()",
        () -> metrics.trading().ordersPlaced(symbol, Side.BUY, OrderType.MARKET).inc());
  }

  @Test
  void httpRequestRecordingAllocatesNothing() {
    String route = "/orders/{id}";
    assertAllocatesNothing(
        "http().requests(GET, \"/orders/{id}\", 2xx).inc()",
        () -> metrics.http().requests(HttpMethod.GET, route, HttpStatusClass.SUCCESS).inc());
  }

  private void assertAllocatesNothing(String call, Runnable recording) {
    long thread = Thread.currentThread().getId();
    long allocated = -1;
    int cleanRounds = 0;
    for (int round = 0; round < MAX_ROUNDS && cleanRounds < CLEAN_ROUNDS_NEEDED; round++) {
      long before = threads.getThreadAllocatedBytes(thread);
      for (int i = 0; i < CALLS_PER_ROUND; i++) {
        recording.run();
      }
      allocated = threads.getThreadAllocatedBytes(thread) - before;
      cleanRounds = allocated == 0 ? cleanRounds + 1 : 0;
    }
    assertWithMessage(
            "bytes allocated by the last %s calls of %s, after %s rounds",
            CALLS_PER_ROUND, call, MAX_ROUNDS)
        .that(allocated)
        .isEqualTo(0L);
  }
}
