package com.mastertrade.metrics.benchmarks.load;

import com.mastertrade.metrics.runtime.http.HttpMethod;
import com.mastertrade.metrics.runtime.http.HttpStatusClass;
import com.mastertrade.metrics.schema.MasterTradeLabels.OrderType;
import com.mastertrade.metrics.schema.MasterTradeLabels.Side;
import com.mastertrade.metrics.schema.MasterTradeMetrics;
import com.mastertrade.metrics.schema.PrometheusMasterTradeMetrics;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * How long a scrape of the whole schema takes while writer threads record as fast as they can: the
 * per-fill distribution ({@code Trading.tradeValue}), an HTTP latency histogram and a counter, the
 * recordings a busy executor makes. Hand-run, not a test; prints one line per run:
 *
 * <pre>
 * java -cp benchmarks/target/classes:$(cat benchmarks/target/benchmark.classpath) \
 *   com.mastertrade.metrics.benchmarks.load.ScrapeUnderLoad \
 *   [writers=2] [scrapes=30] [limitSeconds=120] [varied|constant]
 * </pre>
 *
 * Scrapes run back to back on the main thread until {@code scrapes} are done or {@code
 * limitSeconds} have passed; the writers stop with them. {@code constant} records the same order
 * value every time, as the strategy's fixed-notional signals do: the worst case of client_java's
 * summary, whose CKMS estimator degrades on equal samples.
 */
public final class ScrapeUnderLoad {
  private ScrapeUnderLoad() {}

  public static void main(String[] args) throws Exception {
    int writers = args.length > 0 ? Integer.parseInt(args[0]) : 2;
    int scrapes = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    long limitNanos = (args.length > 2 ? Long.parseLong(args[2]) : 120) * 1_000_000_000L;
    boolean constant = args.length > 3 && args[3].equals("constant");

    PrometheusRegistry registry = new PrometheusRegistry();
    PrometheusMasterTradeMetrics metrics = PrometheusMasterTradeMetrics.register(registry);
    AtomicBoolean running = new AtomicBoolean(true);
    LongAdder recordings = new LongAdder();
    List<Thread> threads = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      Thread thread =
          new Thread(() -> write(metrics, running, recordings, constant), "writer-" + w);
      thread.setDaemon(true);
      threads.add(thread);
      thread.start();
    }
    Thread.sleep(1_000);

    List<Long> durations = new ArrayList<>();
    List<Long> cpuTimes = new ArrayList<>();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long start = System.nanoTime();
    while (durations.size() < scrapes && System.nanoTime() - start < limitNanos) {
      long before = System.nanoTime();
      long cpuBefore = cpu.getCurrentThreadCpuTime();
      PrometheusTextFormatWriter.create().write(OutputStream.nullOutputStream(), registry.scrape());
      cpuTimes.add(cpu.getCurrentThreadCpuTime() - cpuBefore);
      durations.add(System.nanoTime() - before);
    }
    long elapsed = System.nanoTime() - start;
    running.set(false);
    for (Thread thread : threads) {
      thread.join(10_000);
    }
    report(writers, durations, cpuTimes, elapsed, recordings.sum());
  }

  private static void write(
      PrometheusMasterTradeMetrics metrics,
      AtomicBoolean running,
      LongAdder recordings,
      boolean constant) {
    MasterTradeMetrics.Trading trading = metrics.trading();
    MasterTradeMetrics.Http http = metrics.http();
    double[] values = new double[4096];
    SplittableRandom random = new SplittableRandom(17);
    for (int i = 0; i < values.length; i++) {
      // Order values from about 10 to 20,000 USD, log-uniform; or every fill the same 1,000 USD,
      // as the strategy's signals trade a fixed notional.
      values[i] = constant ? 1_000 : 10 * Math.pow(2_000, random.nextDouble());
    }
    int i = 0;
    while (running.get()) {
      double value = values[i++ & (values.length - 1)];
      Side side = (i & 1) == 0 ? Side.BUY : Side.SELL;
      trading.tradeValue(side).observe(value);
      trading.ordersFilled("BTCUSDT", side, OrderType.MARKET).inc();
      http.requestDuration(HttpMethod.POST, "/orders").observe(value / 100_000);
      http.requests(HttpMethod.POST, "/orders", HttpStatusClass.SUCCESS).inc();
      recordings.add(4);
    }
  }

  private static void report(
      int writers, List<Long> durations, List<Long> cpuTimes, long elapsed, long recordings) {
    long[] wall = sorted(durations);
    long[] cpu = sorted(cpuTimes);
    System.out.println(
        String.format(
            Locale.ROOT,
            "writers=%d scrapes=%d in %.1f s: wall median %.2f ms, p90 %.2f ms, max %.2f ms;"
                + " scraping thread's CPU median %.2f ms, max %.2f ms; %.1f M recordings",
            writers,
            wall.length,
            elapsed / 1e9,
            percentile(wall, 0.5) / 1e6,
            percentile(wall, 0.9) / 1e6,
            percentile(wall, 1) / 1e6,
            percentile(cpu, 0.5) / 1e6,
            percentile(cpu, 1) / 1e6,
            recordings / 1e6));
  }

  private static long[] sorted(List<Long> values) {
    return values.stream().mapToLong(Long::longValue).sorted().toArray();
  }

  private static double percentile(long[] sorted, double q) {
    return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, q * sorted.length)];
  }
}
