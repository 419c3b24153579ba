package com.mastertrade.metrics.benchmarks;

import static com.google.common.truth.Truth.assertWithMessage;

import com.mastertrade.metrics.benchmarks.schema.BenchMetrics;
import com.mastertrade.metrics.benchmarks.schema.BenchMetrics.Method;
import com.mastertrade.metrics.benchmarks.schema.BenchMetrics.Route;
import com.mastertrade.metrics.benchmarks.schema.BenchMetrics.Side;
import com.mastertrade.metrics.benchmarks.schema.BenchMetrics.Status;
import com.mastertrade.metrics.benchmarks.schema.BenchMetrics.Venue;
import com.mastertrade.metrics.benchmarks.schema.PrometheusBenchMetrics;
import com.mastertrade.metrics.runtime.HistogramRecorder;
import com.mastertrade.metrics.runtime.SummaryRecorder;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The zero-allocation property of the generated recorders, asserted by counting the bytes this
 * thread allocates over many recordings: deterministic, unlike a timing, so it can gate the build.
 * Every label combination is cycled through, so an allocation on any path is caught.
 */
class GeneratedRecorderAllocationTest {
  private static final int CALLS = 100_000;
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  // values() copies its array on every call: copied once here, outside the measured loops.
  private static final Method[] METHODS = Method.values();
  private static final Route[] ROUTES = Route.values();
  private static final Side[] SIDES = Side.values();

  private BenchMetrics.Recording recording;

  @BeforeEach
  void setUp() {
    recording = PrometheusBenchMetrics.register(new PrometheusRegistry()).recording();
  }

  @Test
  void counterWithEnumLabelsAllocatesNothing() {
    assertNoAllocation(
        "requests(method, route, status).inc()",
        i -> recording.requests(pick(METHODS, i), pick(ROUTES, i), Status.OK).inc());
  }

  @Test
  void counterWithEnumAndBooleanLabelsAllocatesNothing() {
    assertNoAllocation(
        "orders(side, venue, paper).inc()",
        i -> recording.orders(pick(SIDES, i), Venue.KRAKEN, (i & 1) == 0).inc());
  }

  @Test
  void counterWithoutLabelsAllocatesNothing() {
    assertNoAllocation("events().inc()", i -> recording.events().inc());
  }

  /**
   * Only the lookup: client_java 1.10's {@code Histogram.DataPoint.observe} allocates a capturing
   * lambda ({@code buffer.observeDirect(() -> doObserve(..))}) that C2 scalar-replaces but the
   * interpreter and C1 do not, so {@code observe} allocates here and not in JMH ({@code -prof gc}
   * measures 0 B/op there). What the generator owns, the lookup, must allocate nothing.
   */
  @Test
  void histogramAndSummaryLookupsAllocateNothing() {
    HistogramRecorder[] sink = new HistogramRecorder[1];
    SummaryRecorder[] summarySink = new SummaryRecorder[1];
    assertNoAllocation(
        "latency(method, route)", i -> sink[0] = recording.latency(pick(METHODS, i), Route.ORDERS));
    assertNoAllocation(
        "fill(method, route)", i -> summarySink[0] = recording.fill(Method.GET, pick(ROUTES, i)));
  }

  @Test
  void gaugeAllocatesNothingOnceResolved() {
    assertNoAllocation("depth(route).set(x)", i -> recording.depth(pick(ROUTES, i)).set(i));
  }

  @Test
  void openLabelAllocatesNothingForAnAdmittedValue() {
    assertNoAllocation(
        "trades(side, venue, symbol).inc()",
        i ->
            recording.trades(Side.SELL, Venue.BINANCE, (i & 1) == 0 ? "BTCUSDT" : "ETHUSDT").inc());
  }

  private static <E> E pick(E[] values, int i) {
    return values[i % values.length];
  }

  private static void assertNoAllocation(String what, Recording recording) {
    Recording[] probe = {recording};
    // First calls resolve lazy slots, admit open values and load classes: not the steady state.
    run(probe[0], 1_000);
    long baseline = measure(i -> {});
    long allocated = measure(probe[0]) - baseline;
    // Fewer bytes than calls: any allocation per call (16 bytes at least) would show as 1.6 MB.
    // The JVM itself may allocate a few bytes once (a deoptimization, a compiled-code switch),
    // which is not the recorder's doing and would make an exact 0 flaky.
    assertWithMessage("bytes allocated by %s calls of %s", CALLS, what)
        .that(allocated)
        .isLessThan((long) CALLS);
  }

  private static long measure(Recording recording) {
    long before = THREADS.getCurrentThreadAllocatedBytes();
    run(recording, CALLS);
    return THREADS.getCurrentThreadAllocatedBytes() - before;
  }

  private static void run(Recording recording, int calls) {
    for (int i = 0; i < calls; i++) {
      recording.record(i);
    }
  }

  /** One recording, numbered so the label values can vary without allocating. */
  @FunctionalInterface
  private interface Recording {
    void record(int i);
  }
}
