package com.mastertrade.metrics.benchmarks;

import com.mastertrade.metrics.schema.MasterTradeMetrics;
import com.mastertrade.metrics.schema.PrometheusMasterTradeMetrics;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A scrape of a service's registry with the whole real schema registered: every enum-labelled
 * counter, histogram and summary pre-resolved (their zero series are exposed), plus a few open
 * label values in use, as a running trading service would have. No hand-written equivalent: this
 * tells what one {@code /metrics} request of the real schema costs.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class SchemaScrapeBenchmarks {
  private final PrometheusTextFormatWriter writer = PrometheusTextFormatWriter.create();
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 20);
  private PrometheusRegistry registry;

  @Setup
  public void setUp() {
    registry = new PrometheusRegistry();
    PrometheusMasterTradeMetrics schema = PrometheusMasterTradeMetrics.register(registry);
    for (String symbol : new String[] {"BTCUSDT", "ETHUSDT", "SOLUSDT", "BNBUSDT"}) {
      for (MasterTradeMetrics.Side side : MasterTradeMetrics.Side.values()) {
        schema.trading().ordersPlaced(symbol, side, MasterTradeMetrics.OrderType.LIMIT).inc();
        schema.trading().ordersFilled(symbol, side, MasterTradeMetrics.OrderType.LIMIT).inc();
      }
      schema.trading().positionPnl(symbol).set(12.5);
      schema.risk().exposure(symbol).set(1000);
    }
    schema.database().queryDuration(MasterTradeMetrics.QueryType.SELECT, "candles").observe(0.002);
    schema.serviceHealth().up().set(1);
  }

  @Benchmark
  public int scrapeSchemaRegistry() throws IOException {
    buffer.reset();
    writer.write(buffer, registry.scrape());
    return buffer.size();
  }
}
