package com.mastertrade.metrics.benchmarks;

import com.mastertrade.metrics.benchmarks.schema.BenchMetrics;
import com.mastertrade.metrics.benchmarks.schema.BenchMetrics.Method;
import com.mastertrade.metrics.benchmarks.schema.BenchMetrics.Route;
import com.mastertrade.metrics.benchmarks.schema.BenchMetrics.Side;
import com.mastertrade.metrics.benchmarks.schema.BenchMetrics.Status;
import com.mastertrade.metrics.benchmarks.schema.BenchMetrics.Venue;
import com.mastertrade.metrics.benchmarks.schema.PrometheusBenchMetrics;
import com.mastertrade.metrics.runtime.CounterRecorder;
import com.mastertrade.metrics.schema.MasterTradeLabels.AlertChannel;
import com.mastertrade.metrics.schema.MasterTradeLabels.AlertPriority;
import com.mastertrade.metrics.schema.MasterTradeLabels.OrderType;
import com.mastertrade.metrics.schema.MasterTradeMetrics;
import com.mastertrade.metrics.schema.PrometheusMasterTradeMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The hand-written ways to count one event with three labels: the baselines the generated counters
 * are compared with. Each method returns nothing on purpose: a counter increment has a side effect
 * on shared state, which the JIT cannot remove.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class CounterBenchmarks {
  // Label arguments live in non-final fields, as they would arrive from a caller, so the JIT cannot
  // fold the generated array index into a constant.
  public Method method = Method.GET;
  public Route route = Route.ORDERS;
  public Status status = Status.OK;
  public Side side = Side.BUY;
  public Venue venue = Venue.BINANCE;
  public boolean paper = false;
  public String symbol = "BTCUSDT";

  public AlertChannel channel = AlertChannel.WEBHOOK;
  public AlertPriority priority = AlertPriority.HIGH;
  public OrderType orderType = OrderType.LIMIT;
  public MasterTradeMetrics.Side tradeSide = MasterTradeMetrics.Side.BUY;

  private BenchMetrics.Recording generated;
  private MasterTradeMetrics.Alerts alerts;
  private MasterTradeMetrics.Trading trading;
  private Counter clientJavaCounter;
  private CounterDataPoint clientJavaCached;
  private CounterDataPoint clientJavaCachedWithoutExemplars;
  private Counter clientJavaUnlabelled;
  private LongAdder longAdder;
  private MeterRegistry micrometer;
  private io.micrometer.core.instrument.Counter micrometerCached;

  @Setup
  public void setUp() {
    PrometheusRegistry registry = new PrometheusRegistry();
    clientJavaCounter =
        Counter.builder()
            .name("http_requests_total")
            .help("HTTP requests")
            .labelNames("method", "route", "status")
            .register(registry);
    clientJavaCached = clientJavaCounter.labelValues("GET", "/orders", "200");
    clientJavaCachedWithoutExemplars =
        Counter.builder()
            .name("trades_total")
            .help("Trades")
            .labelNames("side", "venue", "symbol")
            .withoutExemplars()
            .register(registry)
            .labelValues("buy", "binance", "BTCUSDT");
    clientJavaUnlabelled = Counter.builder().name("events_total").help("Events").register(registry);
    longAdder = new LongAdder();
    micrometer = new SimpleMeterRegistry();
    micrometerCached = micrometerCounter(micrometer);
    // Services code against the schema interface; so does the benchmark.
    generated = PrometheusBenchMetrics.register(new PrometheusRegistry()).recording();
    PrometheusMasterTradeMetrics schema =
        PrometheusMasterTradeMetrics.register(new PrometheusRegistry());
    alerts = schema.alerts();
    trading = schema.trading();
  }

  /** The real schema: {@code alerts().delivered(channel, priority)}, two enum labels. */
  @Benchmark
  public void schemaAlertsDelivered() {
    alerts.delivered(channel, priority).inc();
  }

  /** The real schema: {@code trading().ordersPlaced(symbol, side, type)}, symbol bounded to 16. */
  @Benchmark
  public void schemaOrdersPlaced() {
    trading.ordersPlaced(symbol, tradeSide, orderType).inc();
  }

  /** Three enum labels: an array read indexed by ordinals, then the cached data point. */
  @Benchmark
  public void generatedEnumLabels() {
    generated.requests(method, route, status).inc();
  }

  @Benchmark
  public void generatedBooleanLabels() {
    generated.orders(side, venue, paper).inc();
  }

  /** Two enum labels and a bounded open label: one hash lookup of the open value. */
  @Benchmark
  public void generatedOpenLabel() {
    generated.trades(side, venue, symbol).inc();
  }

  /**
   * {@link #generatedOpenLabel} from two threads at once, each with its own value: the worst case
   * of the domain's last-hit entry, which each thread then overwrites on every call.
   */
  @Benchmark
  @Threads(2)
  public void generatedOpenLabelTwoThreads(ThreadSymbol thread) {
    generated.trades(side, venue, thread.symbol).inc();
  }

  /**
   * {@link #generatedOpenLabel} from one thread that passes "BTCUSDT" and "ETHUSDT" in turn, so no
   * call passes the value of the call before it.
   */
  @Benchmark
  public void generatedOpenLabelAlternating(Alternation alternation) {
    generated.trades(side, venue, alternation.next()).inc();
  }

  /** Two symbols in turn, per benchmark thread. */
  @State(Scope.Thread)
  public static class Alternation {
    private final String[] symbols = {"BTCUSDT", "ETHUSDT"};
    private int calls;

    String next() {
      return symbols[calls++ & 1];
    }
  }

  /** A symbol per benchmark thread: "BTCUSDT" for the first, "ETHUSDT" for the second. */
  @State(Scope.Thread)
  public static class ThreadSymbol {
    private static final AtomicInteger THREADS = new AtomicInteger();
    public String symbol;

    @Setup
    public void setUp() {
      symbol = THREADS.getAndIncrement() % 2 == 0 ? "BTCUSDT" : "ETHUSDT";
    }
  }

  @Benchmark
  public void generatedNoLabels() {
    generated.events().inc();
  }

  /** The idiom of client_java's documentation: look the data point up on every call. */
  @Benchmark
  public void clientJavaLabelValues() {
    clientJavaCounter.labelValues("GET", "/orders", "200").inc();
  }

  /** The fastest client_java can do: the data point looked up once and kept in a field. */
  @Benchmark
  public void clientJavaCached() {
    clientJavaCached.inc();
  }

  /**
   * {@link #clientJavaCached} configured as the generated counters are ({@code
   * withoutExemplars()}): the data point then skips the exemplar sampler's check, so this is the
   * like-for-like baseline.
   */
  @Benchmark
  public void clientJavaCachedWithoutExemplars() {
    clientJavaCachedWithoutExemplars.inc();
  }

  /**
   * The lookup of {@link #generatedOpenLabel} alone, the recorder returned to JMH's blackhole: in
   * the full call the data point's atomic add hides most of it.
   */
  @Benchmark
  public CounterRecorder generatedOpenLabelLookup() {
    return generated.trades(side, venue, symbol);
  }

  /** The lookup of {@link #generatedEnumLabels} alone, for comparison. */
  @Benchmark
  public CounterRecorder generatedEnumLabelsLookup() {
    return generated.requests(method, route, status);
  }

  @Benchmark
  public void clientJavaNoLabels() {
    clientJavaUnlabelled.inc();
  }

  /** The floor: what any counter built on a {@link LongAdder} costs at least. */
  @Benchmark
  public void longAdder() {
    longAdder.increment();
  }

  /** Micrometer's common idiom: build, register (a map lookup) and increment on every call. */
  @Benchmark
  public void micrometerBuilderPerCall() {
    micrometerCounter(micrometer).increment();
  }

  @Benchmark
  public void micrometerCached() {
    micrometerCached.increment();
  }

  private static io.micrometer.core.instrument.Counter micrometerCounter(MeterRegistry registry) {
    return io.micrometer.core.instrument.Counter.builder("http.requests")
        .tags("method", "GET", "route", "/orders", "status", "200")
        .register(registry);
  }
}
